// The Leaflet map: provinces as a shaded base layer (no tile server), initiatives as clustered points.
import L from 'leaflet';
import 'leaflet.markercluster';
import { el } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { breaks, hasLocation, provinceCode } from './model.js';

const PALETTE = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const EMPTY = '#ffffff';
// A province without a scan in the release: grey with a dashed outline, unlike the white of a province with none.
const NO_SCAN = '#c4c9cf';
const NETHERLANDS = [[50.75, 3.36], [53.56, 7.23]];

const swatch = (colour) => {
  const node = el('i');
  node.style.background = colour;
  return node;
};

// Enter or Space on a point or a cluster does what a click does, as on any button.
const isActivation = (event) => event.key === 'Enter' || event.key === ' ';

// What a screen reader calls a cluster: how many initiatives it holds, in the page's language.
const clusterName = (count) => `${formatNumber(count)} ${t(count === 1 ? 'initiative' : 'initiatives')}`;

/**
 * The icon of a cluster: markercluster's default look (its size classes and count), named after the number of
 * initiatives it holds; Leaflet already makes it a button and a tab stop. The element is made anew each time the
 * cluster is put on the map, so it gets the name in the language of that moment; `relabel` renames those shown.
 */
const ClusterIcon = L.DivIcon.extend({
  createIcon(oldIcon) {
    const node = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    const { count } = this.options;
    node.replaceChildren(el('div', {}, el('span', {}, String(count))));
    node.dataset.count = String(count);
    node.setAttribute('aria-label', clusterName(count));
    return node;
  },
});

const clusterIcon = (cluster) => {
  const count = cluster.getChildCount();
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  return new ClusterIcon({ count, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
};

const colourFor = (value, classes) => {
  if (!(value > 0)) return EMPTY;
  const index = classes.findIndex((upper) => value <= upper);
  return PALETTE[index < 0 ? PALETTE.length - 1 : index];
};

/**
 * Creates the map in `container`; `onSelect(initiativeId)` is called when a point is clicked. `isScanned(code)`
 * tells a province without a scan in the release, which is drawn as such rather than shaded.
 */
export function createMapView(container, provinces, initiatives, onSelect, isScanned) {
  const map = L.map(container, { zoomSnap: 0.25, minZoom: 6, maxZoom: 13 });
  // zoomToShowLayer (reveal) leaves a handler that, when its zoom ends, asks the map about the point's cluster; a
  // filter that removed the point meanwhile took that cluster away, and Leaflet's hasLayer throws on undefined
  // (Leaflet.markercluster issue #580). A point without a cluster is simply not on the map.
  const hasLayer = map.hasLayer;
  map.hasLayer = (layer) => layer != null && hasLayer.call(map, layer);
  map.attributionControl.setPrefix('Leaflet');
  // A named region (main.js gives it its name in the page's language): a generic element cannot carry one.
  container.setAttribute('role', 'region');

  let totals = new Map();
  let measure = 'initiatives';
  const valueOf = (feature) => totals.get(provinceCode(feature))?.[measure] ?? 0;

  const base = L.geoJSON(provinces, {
    style: { color: '#4a5a6a', weight: 1, fillOpacity: 0.85, fillColor: EMPTY },
    // Without boundaries a release may carry province points: show them as large circles.
    pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 18 }),
    onEachFeature: (feature, layer) =>
      layer.bindTooltip(
        () => el('span', {},
          el('strong', {}, feature.properties?.province_name ?? feature.properties?.statnaam ?? provinceCode(feature)),
          el('br'),
          isScanned(provinceCode(feature)) ? `${t(`measure.${measure}`)}: ${formatNumber(valueOf(feature))}` : t('noScanLong')),
        { sticky: true }),
  }).addTo(map);
  const anyUnscanned = (provinces?.features ?? []).some((f) => !isScanned(provinceCode(f)));

  // The Netherlands, whatever the base layer holds (boundaries, province points or nothing).
  map.fitBounds(NETHERLANDS, { padding: [8, 8] });
  // Its layers have their elements once the map has a view; the code on each shape is for tests and styling.
  // The shapes are decoration for the keyboard: the tables hold the same numbers, so they are not tab stops
  // (Chromium makes an SVG element with focus listeners, as the tooltip adds, one).
  base.eachLayer((layer) => {
    const node = layer.getElement?.();
    node?.setAttribute('data-province', provinceCode(layer.feature) ?? '');
    node?.setAttribute('tabindex', '-1');
  });

  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon,
  });
  cluster.addTo(map);
  // markercluster answers only Enter (as keypress) on a cluster; Space zooms in or spreads it out too, as a click
  // does. Either way the focus goes to the map, as markercluster does after Enter: the zoom takes the cluster away.
  cluster.on('clusterkeydown', (e) => {
    if (!isActivation(e.originalEvent)) return;
    e.originalEvent.preventDefault();
    e.layer.fire('click', { originalEvent: e.originalEvent }, true);
    map.getContainer().focus();
  });

  const markers = new Map();
  for (const initiative of initiatives) {
    if (!hasLocation(initiative)) continue;
    const marker = L.circleMarker([initiative.latitude, initiative.longitude], {
      radius: 7, color: '#ffffff', weight: 1.5, fillColor: '#d94801', fillOpacity: 0.95,
    });
    marker.bindTooltip(() => el('span', {}, initiative.name));
    marker.on('click', () => onSelect(initiative.initiative_id));
    // A point is a button named after its initiative, and Enter or Space opens its detail as a click does. Its
    // element is made anew each time the cluster group puts it on the map.
    marker.on('add', () => {
      const node = marker.getElement();
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', initiative.name);
    });
    marker.on('keydown', (e) => {
      if (!isActivation(e.originalEvent)) return;
      e.originalEvent.preventDefault();
      onSelect(initiative.initiative_id);
    });
    markers.set(initiative.initiative_id, marker);
  }

  const legend = L.control({ position: 'bottomright' });
  let legendNode = el('div', { class: 'legend' });
  legend.onAdd = () => legendNode;
  legend.addTo(map);

  function renderLegend(classes) {
    const rows = [el('div', { class: 'legend-row' }, swatch(EMPTY), '0')];
    let lower = 1;
    for (const [i, upper] of classes.entries()) {
      const range = lower === upper ? formatNumber(upper) : `${formatNumber(lower)}–${formatNumber(upper)}`;
      rows.push(el('div', { class: 'legend-row' }, swatch(PALETTE[i]), range));
      lower = upper + 1;
    }
    if (anyUnscanned) rows.push(el('div', { class: 'legend-row no-scan' }, swatch(NO_SCAN), t('noScan')));
    legendNode.replaceChildren(el('strong', {}, t(`measure.${measure}`)), ...rows);
  }

  return {
    /** Shades the provinces by `newMeasure` of `newTotals` (per province code) and labels the legend. */
    shade(newTotals, newMeasure) {
      totals = newTotals;
      measure = newMeasure;
      const classes = breaks(Math.max(0, ...[...totals.values()].map((row) => row[measure])));
      base.eachLayer((layer) => layer.setStyle(isScanned(provinceCode(layer.feature))
        ? { fillColor: colourFor(valueOf(layer.feature), classes), dashArray: null }
        : { fillColor: NO_SCAN, dashArray: '4 3' }));
      renderLegend(classes);
    },
    /** Shows the points of `matches` (the slow part at tens of thousands: only when the filters changed). */
    show(matches) {
      cluster.clearLayers();
      cluster.addLayers(matches.map((m) => markers.get(m.initiative.initiative_id)).filter(Boolean));
    },
    /** Names the clusters shown in the page's language (after it changed); the others get it when shown. */
    relabel() {
      for (const node of container.querySelectorAll('.marker-cluster[data-count]')) {
        node.setAttribute('aria-label', clusterName(Number(node.dataset.count)));
      }
    },
    /** Brings the point of an initiative into view, if it has one. */
    reveal(initiativeId) {
      const marker = markers.get(initiativeId);
      if (marker && cluster.hasLayer(marker)) cluster.zoomToShowLayer(marker);
    },
  };
}
