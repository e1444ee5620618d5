/* global window, document, setTimeout, clearTimeout */
// The work queue reloads itself so that new work shows without a click; a reload keeps the address,
// so the view, filters and sort stay as they are. Officers can stop it (WCAG 2.2.1, timing
// adjustable): the choice holds for the rest of the session in this tab.

const STOPPED = 'queue-refresh-stopped';

function button(text, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

export function startQueueRefresh(root) {
  const note = root.querySelector('[data-queue-refresh]');
  const seconds = Number(note?.getAttribute('data-queue-refresh'));
  if (!note || !(seconds > 0)) return;
  const show = () => {
    const stopped = window.sessionStorage.getItem(STOPPED) === 'yes';
    let timer;
    if (!stopped) timer = setTimeout(() => window.location.reload(), seconds * 1000);
    note.textContent = stopped
      ? 'This page does not reload itself. '
      : `This page reloads every ${seconds} seconds, keeping your filters and sort. `;
    note.append(
      button(stopped ? 'Reload every minute' : 'Stop reloading', () => {
        clearTimeout(timer);
        if (stopped) window.sessionStorage.removeItem(STOPPED);
        else window.sessionStorage.setItem(STOPPED, 'yes');
        show();
      }),
    );
  };
  show();
}
