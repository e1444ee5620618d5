/* global document, window, URL */
// Sortable tables, enhanced: each column header is a link that sorts the table on the server
// (so sorting works without JavaScript); with it, the rows are sorted in the page instead, the
// same way (values from data-sort-value, empty values last, ties by the first column), and the
// address is updated so that a reload or a shared link shows the same order.

function compare(a, b, order) {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const x = Number(a);
  const y = Number(b);
  const sign = order === 'asc' ? 1 : -1;
  if (!Number.isNaN(x) && !Number.isNaN(y)) return sign * (x - y);
  return sign * a.localeCompare(b);
}

function sortBy(table, header, order) {
  const headers = Array.from(table.querySelectorAll('thead th[data-sort-key]'));
  const column = headers.indexOf(header);
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const value = (row, index) => row.cells[index]?.getAttribute('data-sort-value') ?? '';
  rows.sort((r1, r2) => value(r1, 0).localeCompare(value(r2, 0)));
  rows.sort((r1, r2) => compare(value(r1, column), value(r2, column), order));
  body.append(...rows);
  for (const th of headers) {
    const link = th.querySelector('a');
    const url = new URL(link.href, window.location.href);
    const current = th === header;
    th.setAttribute('aria-sort', current ? (order === 'asc' ? 'ascending' : 'descending') : 'none');
    const next = current ? (order === 'asc' ? 'desc' : 'asc') : th.getAttribute('data-first-order');
    url.searchParams.set('order', next);
    link.href = url.pathname + url.search;
  }
  for (const input of document.querySelectorAll('input[name="sort"]'))
    input.value = header.getAttribute('data-sort-key');
  for (const input of document.querySelectorAll('input[name="order"]')) input.value = order;
}

export function enhanceSortableTables(root) {
  for (const table of root.querySelectorAll('table[data-sortable-table]')) {
    table.addEventListener('click', (event) => {
      const link = event.target.closest('thead th[data-sort-key] a');
      if (!link) return;
      event.preventDefault();
      const url = new URL(link.href, window.location.href);
      sortBy(table, link.closest('th'), url.searchParams.get('order') === 'asc' ? 'asc' : 'desc');
      window.history.replaceState(null, '', url.pathname + url.search);
    });
  }
}
