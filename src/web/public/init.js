/* global document */
// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk-frontend.min.js';
import { startCountdowns } from '/assets/app/countdown.js';
import { startQueueRefresh } from '/assets/app/queue-refresh.js';

initAll();
startCountdowns(document);
startQueueRefresh(document);
