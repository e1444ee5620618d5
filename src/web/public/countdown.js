/* global setInterval */
// Offer deadlines: the server renders the time left ("1 hour 59 minutes"); this keeps it current
// without a reload. Each element carries its deadline as data-countdown-deadline (ISO 8601).

/** The same wording as the server's duration() in src/web/format.ts. */
export function describeMinutes(minutes) {
  const total = Math.max(0, Math.floor(minutes));
  if (total < 1) return 'less than a minute';
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0)
    return mins > 0 ? `${plural(hours, 'hour')} ${plural(mins, 'minute')}` : plural(hours, 'hour');
  return plural(mins, 'minute');
}

export function startCountdowns(root) {
  const elements = Array.from(root.querySelectorAll('[data-countdown-deadline]'));
  if (elements.length === 0) return;
  const update = () => {
    const now = Date.now();
    for (const element of elements) {
      const deadline = Date.parse(element.getAttribute('data-countdown-deadline'));
      if (Number.isNaN(deadline)) continue;
      const left = (deadline - now) / 60000;
      element.textContent = left > 0 ? describeMinutes(left) : 'no time: the window has closed';
    }
  };
  update();
  setInterval(update, 15000);
}
