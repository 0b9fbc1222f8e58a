// Sorting and filtering of the index's coverage table. The page reads the
// same without this script: it only adds the controls.
(() => {
  const table = document.getElementById('coverage-table');
  const form = document.querySelector('form.filters');
  if (!table || !form) return;
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const text = document.getElementById('filter-text');
  const status = document.getElementById('filter-status');
  const count = document.getElementById('filter-count');

  const matches = (row, query) =>
    !query || [row.cells[0], row.cells[2]].some((cell) => cell.textContent.toLowerCase().includes(query));
  const filter = () => {
    const query = text.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      row.hidden = !((!status.value || row.dataset.status === status.value) && matches(row, query));
      if (!row.hidden) shown++;
    }
    count.textContent = `${shown} of ${rows.length} names shown`;
  };
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  text.addEventListener('input', filter);
  status.addEventListener('change', filter);
  filter();

  // A header with data-sort becomes a button; each click sorts by its column,
  // ascending then descending, and says so in aria-sort.
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => {
    const kind = th.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    const key = (row) => {
      const cell = row.cells[column];
      return kind === 'number' ? Number(cell.dataset.value ?? cell.textContent) : cell.textContent.trim().toLowerCase();
    };
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      body.append(...sorted);
    });
  });
})();
