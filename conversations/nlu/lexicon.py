"""The words our users write, mapped to one canonical form each.

Curated by hand from how informal workers chat: SMS abbreviations, ojol slang, a little Jambi Malay,
and plain English mapped to the same canonical Indonesian words so one set of cues serves both.
Keep entries lower-case; a canonical form may be two words ("bpjs tk" → "bpjs ketenagakerjaan").
"""

from __future__ import annotations

from conversations.nlu.cues import cue_words


def _table(rows: str) -> dict[str, str]:
    """`canonical: variant variant …` per line; an underscore in a canonical form is a space."""
    table: dict[str, str] = {}
    for line in rows.strip().splitlines():
        canonical, _sep, variants = line.partition(":")
        for variant in variants.split():
            table[variant] = canonical.strip().replace("_", " ")
    return table


SLANG: dict[str, str] = _table("""
saya: sy sya aku aq ak gue gw gua ambo awak i me my mine saye ulun abdi aye kulo kula
kamu: km kmu lu lo elu you your ngana
mau: mo mw pengen pingin pengin ingin nak hendak want wanna hoyong bade arep
tidak: gk ga gak nggak ngga enggak engga tdk tak ndak idak dak kagak gaak no not dont doesnt didnt isnt nope nyanda teu henteu mboten nda ora
tidak_ada: kadada
pergi: pigi
semalam: smlm semalem
sudah: sdh udh udah dah uda already tos atos sampun wis
belum: blm blum lom yet acan dereng durung
bagaimana: gmn gimana gmana bgmn bgm gmna bagaimna how piye kepriye pripun kumaha
berapa: brp brapa berapo sabaraha pinten piro
apa: ap apo opo what naon
sudah_ajukan: submitted
orang: org wong
saja: aj aja wae bae
syarat: syrt syarate syaratnya syaratnyo requirements
hp: handphone phone hape ponsel
baterai: battery
mana: mano where
kita: kito torang
dia: dio he she
kamu: kau
kapan: kpn bilo when
kenapa: knp napa why knp2
yang: yg
dengan: dgn ama sama with
untuk: utk buat for
tolong: tlg tolongin please pls plz
bisa: bs bsa can could
minta: mnt mintak
ada: ado ad
kemarin: kmrn kmarin kemaren kemarn yesterday wingi
tadi: td
sekarang: skrg skrng now skg
terima: trima
kasih: kasi
terimakasih: makasih makasi mksh mks trims trimakasih terimakasih tq ty thx thanks thank tengkyu tenkyu suwun nuwun nuhun
halo: hallo hello helo hai hay hi hey haloo assalamualaikum asalamualaikum assalamualaikum samlekom
pagi: morning
siang: noon
malam: malem evening night
meninggal: kematian wafat mati meninggoy tewas died dead death passed die dies deceased almarhum almarhumah alm seda sedo wft ninggal pupus maot mgl mngl mnggl almrhm
kecelakaan: kecelakan kclkaan laka celaka accident crash kecelakaaan
jatuh: jatoh terjatuh fell fall jth tibo ragrag labuh
tabrakan: tabrakkan nabrak ditabrak tertabrak keserempet diserempet serempet collision hit
luka: terluka injured injury hurt
berdarah: brdarah badarah badara getihen
tertusuk: ktusuk ketusuk
kena: keno kna
pasangan: bojo bojoku garwa
bicara: talk speak ngomong
petugas: officer staff
keponakan: ponakan ponakannya
menantu: mantu
penipuan: scam scams scammer fraud tipuan
terjepit: kejepit kegencet kejepet
keseleo: terkilir kekilir kseleo sprained
orangtua: ortu
terpotong: kepotong kapotong
tertimpa: ketimpa ketiban ketimpah ketimpo tatimpa
tersiram: kesiram
terbakar: kebakar
tersengat: kesetrum kesengat kestrum
tergores: kegores
teriris: keiris
terpeleset: kepeleset kepleset
patah: broken break broke breaks
klaim: claim claims klem klaimnya ngeklaim
cair: cairkan pencairan dicairkan paid payout cairny
santunan: compensation sntnan snts
manfaat: benefit benefits perlindungan coverage covered cover
cek: check cekin ngecek mengecek periksa lihat liat lht
status: statusnya
aktif: active aktip
terdaftar: registered enrolled kedaftar kadaptar tadaftar kadaftar
daftar: register enrol enroll signup sign mendaftar ikut join dftr
daftarkan: didaftarkan mendaftarkan usulkan mengusulkan diusulkan nominate propose usul usulan
peserta: kepesertaan participant member membership
keluarga: family kulawarga kulawargana kluarga klrg
istri: bini wife istriku bininyo biniku pamajikan
suami: laki husband suamiku lakiku lakinyo salaki lki lakik
anak: son daughter child kid anakku
bapak: ayah bapa abah papa father dad bapakku ayahku bpk babe apak bapaknyo
ibu: mamak emak mama umak mother mom mum ibuku enyak
kakak: abang
adik: adek
saudara: brother sister sibling sodara
kakek: grandfather grandpa datuk
nenek: grandmother grandma nyai
cucu: grandchild
teman: kawan friend tmn
tetangga: neighbour neighbor neighbours neighbors
warga: resident residents
kerja: kerjo bekerja work working job bagawi damel
ojek: ojol gojek grab maxim driver narik
motor: motorcycle bike motorbike pit pitku
jalan: road street jln
penumpang: passenger
antar: nganter nganterin ngantar mengantar antarin deliver delivering
pinjaman: pinjam minjam meminjam ngutang pinjol loan loans utang hutang kredit kur borrow pinjem minjem pnjm nyilih dipinjamkan pinjamkan nginjeum injeum
aplikasi: apk app apps jmo
login: log
sandi: password pin otp
akun: account
lupa: forgot forget
jht: jhtnya
bpjs: bpjstk
jkn: kis
bahasa: language lang
inggris: english eng
indonesia: indo
bantuan: help bantu
bingung: confused
menu: options
nomor: no nmr number
kpj: kpjnya
ktp: ktpnya
kk: kknya
berobat: treatment
rs: hospital rumahsakit
sakit: sick ill illness
bulan: bln month
minggu: mgg week
hari: hr day
lalu: ago last
jam: pkl pukul
dipukul: dipukuli dipukulin memukul mukul mukulin pukulin
mancing: memancing pancing
iuran: contribution contributions premi premium iurannya prmi iurane
sebulan: monthly perbulan bulanan
lanjut: lanjutnya lanjutkan continue
mengerti: ngerti paham understand
pakai: pakainya make use using
pemerintah: pemkot pemda government
dilindungi: terlindungi protected
ajukan: mengajukan diajukan pengajuan apply
urus: ngurus mengurus diurus urusan ngurusin handle
lapor: laporan melapor laporkan ngelapor lapur report
ditanggung: menanggung tanggung dicover dijamin
dapat: dapet dpt dapatkan get receive
cara: caranya carane way
sampai: sampe smp
saldo: balance
pensiun: pension retirement
resign: resigned quit
tabrakan: tabrak ketabrak ditabrakin
kalau: kalo klo kl klw if
misalnya: umpama umpamanya umpamane upami seumpama
biar: agar supaya spy
kesehatan: health kshtn
asuransi: insurance
informasi: info
ayam: hayam
tanya: nanya tanyain nanyain bertanya ask question tny naros
permisi: punten
lagi: lg
sembuh: smbuh
bayar: byr
rumah: rmh
dirawat: dirwt hospitalised hospitalized
koma: coma
cacat: cct
berkas: brks
pertama: prtama
bukan: bkn
surat: srt
terus: trs
besok: bsk
tabungan: tbgn
rekening: rek
ingat: remember recall
yakin: sure
akta: akte
waris: ahli_waris heir heirs wrs
""")

PRE_PHRASES: tuple[tuple[str, str], ...] = (
    ("passed away", "meninggal"),
    ("pass away", "meninggal"),
    ("kek mano", "bagaimana"),
    ("macam mano", "bagaimana"),
    ("cak mano", "bagaimana"),
    ("how much", "berapa"),
    ("how many", "berapa"),
    ("even if", "walaupun"),  # "my husband passed away, can i claim even if contributions were late": no hypothetical
    ("kawan kerja", "bot"),  # this bot's own name: "kawan kerja resmi dari bpjs?" got the scam warning (a coworker's)
    ("id card", "ktp"),  # "i lost my id card": "card" read "cara" (way), not understood
    ("identity card", "ktp"),
    ("mati rasa", "kebas"),  # numb: "kaki saya mati rasa setelah jatuh" read "mati" as a death, and was not understood
    ("sign up", "daftar"),
    ("log in", "login"),
    ("good morning", "selamat pagi"),
    ("sugeng enjing", "selamat pagi"),
    ("wilujeng enjing", "selamat pagi"),
    ("sugeng siang", "selamat siang"),
    ("sugeng sonten", "selamat sore"),
    ("sugeng dalu", "selamat malam"),
    ("good afternoon", "selamat siang"),
    ("good evening", "selamat malam"),
    ("uang duka", "santunan meninggal"),
    ("health insurance", "jkn"),
    ("death benefit", "santunan meninggal"),
    ("old age", "jht"),
    *((f"maaf {if_} {bother}", "maaf") for if_ in ("kalau", "kalo", "klo", "klu") for bother in (
        "ganggu", "mengganggu", "menganggu", "merepotkan", "ngerepotin")),  # "…, maaf kalau ganggu": no "if" asked
)
"""Rewritten on the words as typed, before the slang table: phrases whose words mean something else alone."""

PHRASES: tuple[tuple[str, str], ...] = (
    ("bpjs ketenagakerjaan", "bpjs"),
    ("bpjs tk", "bpjs"),
    ("bp jamsostek", "bpjs"),
    ("jamsostek", "bpjs"),
    ("jamsos", "bpjs"),
    ("bpjs kesehatan", "jkn"),
    ("bpjs kes", "jkn"),
    ("kartu indonesia sehat", "jkn"),
    ("jaminan kesehatan", "jkn"),
    ("hari tua", "jht"),
    ("jaminan pensiun", "pensiun"),
    ("terima kasih", "terimakasih"),
    ("meninggal dunia", "meninggal"),
    ("jatuh sakit", "sakit"),  # falling ill, not a fall: "suami sy jatuh sakit pas kerja" began an accident report
    ("jatuh pingsan", "pingsan"),  # fainting
    ("balek kerja", "pulang kerja"),  # Malay: home from work ("pas balek kerjo" noted no cause of a death)
    ("tutup usia", "meninggal"),
    ("tilar donya", "meninggal"),
    ("tilar donyo", "meninggal"),  # as Javanese is often typed
    ("tilar dunya", "meninggal"),
    ("berpulang", "meninggal"),
    ("sepeda motor", "motor"),
    ("rumah sakit", "rs"),
    ("demam berdarah", "dbd"),  # an illness: "berdarah" alone is a wound (it read as an accident)
    ("kecelakaan kerja", "kecelakaan kerja"),
    ("lalu lintas", "lalulintas"),
    ("jaminan kecelakaan kerja", "jkk"),
    ("jaminan meninggal", "jkm"),
    ("ketua rt", "ketuart"),
    ("pak rt", "ketuart"),
    ("bu rt", "ketuart"),
    ("orang tua", "orangtua"),
)
"""Rewritten on the canonical text, in this order, on word boundaries."""

VOCABULARY: frozenset[str] = frozenset(
    set(SLANG.values())
    | {word for value in SLANG.values() for word in value.split()}
    | {"saya", "mau", "cek", "bpjs", "aktif", "tidak", "masih", "sudah", "belum", "bagaimana", "cara", "klaim", "santunan", "meninggal", "kecelakaan", "kerja", "jkk", "jkm", "jht", "jkn", "pensiun", "manfaat", "berapa", "apa", "itu", "kalau", "kalo", "jika", "seandainya", "misal", "misalnya", "dapat", "dapet", "kematian", "pemakaman", "beasiswa", "iuran", "bayar", "dibayar", "bulan", "tahun", "lapor", "laporan", "melapor", "laporkan", "istri", "suami", "anak", "bapak", "ibu", "kakak", "adik", "kakek", "nenek", "cucu", "mertua", "teman", "tetangga", "keluarga", "warga", "jatuh", "tabrakan", "luka", "patah", "motor", "mobil", "truk", "jalan", "penumpang", "antar", "pesanan", "paket", "makanan", "ojek", "urus", "ngurus", "mengurus", "ajukan", "mengajukan", "pengajuan", "proses", "sampai", "mana", "kapan", "cair", "dokumen", "berkas", "terdaftar", "daftar", "daftarkan", "peserta", "kepesertaan", "status", "nomor", "kartu", "nik", "ktp", "halo", "pagi", "siang", "sore", "malam", "selamat", "permisi", "terimakasih", "bantuan", "tolong", "bingung", "bahasa", "inggris", "indonesia", "pinjaman", "aplikasi", "login", "sandi", "akun", "lupa", "kesehatan", "rumah", "sakit", "berobat", "obat", "puskesmas", "klinik", "hari", "minggu", "kemarin", "tadi", "barusan", "semalam", "lusa", "jam", "sekitar", "waktu", "pas", "saat", "ketika", "lagi", "sedang", "gimana", "minta", "bisa", "ada", "yang", "dengan", "untuk", "dari", "sama", "juga", "dong", "deh", "sih", "kok", "ya", "iya", "ok", "oke", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "kecamatan", "kelurahan", "ketuart", "rt", "rw", "usul", "usulan", "calon", "nama", "program", "pemerintah", "kota", "gratis", "uang", "duluan", "muka", "tarik", "ambil", "pencairan", "saldo", "potong",
       "indomaret", "alfamart", "alfamidi",  # shops where contributions are paid: "indomaret" read "indonesia maret"
       "bilang", "dibilang", "bilangnya", "dibilangin"}  # "yg dibilang" (what was said) was corrected to "ditilang"
    | cue_words()
)
