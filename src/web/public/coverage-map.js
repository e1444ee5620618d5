/* global document, window, fetch, getComputedStyle */
// The coverage map: the 14 zones from the coverage report's GeoJSON (the page's download route,
// so the session applies), coloured by the classes the server chose for the measure (the key
// beside the map says what each colour means), with the main settlements labelled. Leaflet is
// served from node_modules by the app; there are no tiles: the zones sit on a plain background.
// Selecting a zone (click, or Enter on a focused zone) shows its figures; the table below the map
// has the same figures for anyone not using the map.
import { enhanceSortableTables } from '/assets/app/sortable-table.js';

enhanceSortableTables(document);

const container = document.querySelector('[data-coverage-map]');
const L = window.L;

/** The fill of each class, read from the stylesheet, so the map and its key cannot disagree. */
function classColours() {
  const colours = {};
  for (const name of ['0', '1', '2', '3', '4', 'none']) {
    const probe = document.createElement('span');
    probe.className = `app-map-class-${name}`;
    container.appendChild(probe);
    colours[name] = getComputedStyle(probe).backgroundColor;
    probe.remove();
  }
  return colours;
}

const number = (value, unit) => (value === null || value === undefined ? 'no data' : `${value}${unit}`);
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** The zone's figures, as text nodes (never HTML from data). */
function figures(p) {
  const rows = [
    ['Placed hours a week', number(p.placed_weekly_hours, '')],
    ['Unplaced hours a week', `${number(p.waiting_weekly_hours, '')} (${p.waiting_packages} waiting)`],
    ['Picked up within target', `${number(p.pick_up_within_target_pct, '%')} of ${p.pick_up_awards} awards`],
    [
      'Declared capacity',
      `${p.capacity_declared_weekly_hours} of ${p.planned_weekly_hours_july_2019} planned hours`,
    ],
    ['Weekly cost', p.cost_weekly_gbp === null ? 'no data' : pounds.format(p.cost_weekly_gbp)],
    ['Primes', `${p.primes} (minimum ${p.primes_minimum})`],
    [
      'Overall RAG',
      p.rag_overall ? p.rag_overall.charAt(0).toUpperCase() + p.rag_overall.slice(1) : 'no rating',
    ],
  ];
  const box = document.createElement('div');
  const heading = document.createElement('h3');
  heading.className = 'govuk-heading-s app-map-popup__heading';
  heading.textContent = p.zone_name;
  const list = document.createElement('dl');
  list.className = 'app-map-popup__figures';
  for (const [key, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = key;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  box.append(heading, list);
  return box;
}

function selectRow(zoneId) {
  for (const row of document.querySelectorAll('tr[data-zone-id]')) {
    row.classList.toggle('app-table__row--selected', row.getAttribute('data-zone-id') === zoneId);
  }
}

function draw(collection, config) {
  container.textContent = '';
  const colours = classColours();
  const map = L.map(container, {
    zoomSnap: 0.1,
    zoomDelta: 0.5,
    scrollWheelZoom: false,
    fadeAnimation: false,
    attributionControl: true,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('© Crown copyright (OGL); GeoNames, M. Chorley (CC BY 4.0)');
  const zones = L.geoJSON(collection, {
    style: (feature) => ({
      className: 'app-map-zone',
      fillColor: colours[String(config.classOf[feature.id] ?? 'none')],
      fillOpacity: 1,
      color: '#0b0c0c',
      weight: 1.5,
    }),
    onEachFeature(feature, layer) {
      layer.bindPopup(() => figures(feature.properties), { maxWidth: 320 });
      layer.on('popupopen', () => selectRow(feature.id));
      layer.on('add', () => {
        const path = layer.getElement();
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', `${feature.properties.zone_name}: show figures`);
        path.setAttribute('data-zone-id', feature.id);
        path.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          layer.openPopup(layer.getBounds().getCenter());
        });
      });
    },
  }).addTo(map);
  map.fitBounds(zones.getBounds(), { padding: [8, 8] });
  // Each zone's first main settlement is labelled at once; the others appear on zooming in.
  const labelled = new Set();
  for (const s of config.settlements) {
    const primary = !labelled.has(s.zoneId);
    labelled.add(s.zoneId);
    const level = primary ? 'primary' : 'secondary';
    L.circleMarker([s.lat, s.lon], {
      radius: primary ? 3 : 2.5,
      className: `app-map-settlement app-map-settlement--${level}`,
      color: '#0b0c0c',
      weight: 1,
      fillColor: '#ffffff',
      fillOpacity: 1,
      interactive: false,
    }).addTo(map);
    const label = document.createElement('span');
    label.textContent = s.name;
    L.marker([s.lat, s.lon], {
      icon: L.divIcon({ className: `app-map-label app-map-label--${level}`, html: label, iconSize: null }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
  }
  const overview = map.getZoom();
  const showDetail = () =>
    container.classList.toggle('app-coverage-map--detail', map.getZoom() >= overview + 0.75);
  map.on('zoomend', showDetail);
  showDetail();
  container.setAttribute('data-map-ready', 'true');
}

if (container && L) {
  const config = JSON.parse(container.getAttribute('data-config'));
  fetch(config.geojson, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
    .then((response) => {
      if (!response.ok) throw new Error(`the map data could not be loaded (${response.status})`);
      return response.json();
    })
    .then((collection) => draw(collection, config))
    .catch((error) => {
      container.textContent = 'The map could not be drawn. The table below has the same figures.';
      throw error;
    });
}
