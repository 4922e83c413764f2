// Progressive enhancement only: every page works without it. "Centang semua" ticks every row of the page.
document.addEventListener("change", function (event) {
  var box = event.target;
  if (!box.matches || !box.matches("input[data-select-all]")) { return; }
  var form = box.closest("form");
  form.querySelectorAll('input[type=checkbox][name="' + box.dataset.selectAll + '"]').forEach(function (row) {
    row.checked = box.checked;
  });
});
