// Entry point: reads window.REGIOSCAN_DATA (from data.js, a script so that file:// works), keeps the
// filter state and re-renders counts, map, list, detail and white spots when it changes: each change only what
// depends on it, since a release can hold tens of thousands of initiatives.
import { el } from './dom.js';
import { useCodeLists, setLang, getLang, t, formatNumber, formatDate } from './i18n.js';
import {
  DIMENSIONS, applyFilters, aggregateByProvince, hasBoundaries, provinceList, readTable, scannedTest, searchTerms, searchTextOf,
} from './model.js';
import { createMapView } from './mapview.js';
import { renderFilters, renderList, renderDetail, renderWhiteSpots } from './panels.js';

const $ = (id) => document.getElementById(id);

/** How long typing in the search box must pause before the matches follow it (each search filters everything). */
const SEARCH_DELAY_MS = 150;

/**
 * data.js lists activities apart from their initiatives (so that a release of any size is written in one
 * pass); each initiative gets its own back here, in file (id) order.
 */
function attachActivities(byId, activities) {
  for (const initiative of byId.values()) initiative.activities = [];
  for (const activity of activities) byId.get(activity.initiative_id)?.activities.push(activity);
}

function start(data) {
  useCodeLists(data.codelists);
  const initiatives = readTable(data.initiatives, data.codelists);
  const byId = new Map(initiatives.map((i) => [i.initiative_id, i]));
  attachActivities(byId, readTable(data.activities, data.codelists));
  // Folded (lower case, no accents) once, so that a search only compares strings.
  for (const initiative of initiatives) initiative.searchText = searchTextOf(initiative);
  const isScanned = scannedTest(data.scanned);
  const provinces = provinceList(data.provinces, initiatives, isScanned);
  // Sorted once, so that the matches of every filter come out in the list's order.
  const byName = new Intl.Collator('nl');
  const inNameOrder = [...initiatives].sort((a, b) => byName.compare(a.name, b.name));
  const state = {
    measure: 'initiatives',
    selected: Object.fromEntries(DIMENSIONS.map((d) => [d.list, new Set()])),
    terms: [],
    detail: null,
    result: null,
    totals: null,
  };

  // Opened from the list, the detail takes the focus (its heading, so a screen reader reads the name) and gives it
  // back to the list item when it closes; the item is found again by id, since the list may have been re-rendered.
  let returnFocus = null;
  const listItem = (id) => $('initiative-list').querySelector(`button[data-id="${CSS.escape(id)}"]`);
  const select = (id, fromList = false) => {
    state.detail = id;
    returnFocus = fromList ? () => listItem(id)?.focus() : null;
    renderDetailPanel();
    $('detail').scrollIntoView?.({ block: 'nearest' });
    if (fromList && state.detail) $('detail-name')?.focus({ preventScroll: true });
  };
  const closeDetail = () => {
    const back = returnFocus;
    select(null);
    back?.();
  };
  const view = createMapView($('map'), data.provinces, initiatives, select, isScanned);

  // The detail closes when the filters leave its initiative out: it would show something the list and map no longer do.
  function renderDetailPanel() {
    const initiative = byId.get(state.detail);
    const match = initiative && state.result.matches.find((m) => m.initiative === initiative);
    if (!match) {
      state.detail = null;
      $('detail').hidden = true;
      $('detail').replaceChildren();
      return;
    }
    renderDetail($('detail'), initiative, new Set(match.activities.map((a) => a.activity_id)), closeDetail);
  }

  /** After a filter or the search changed: the matches, the map's points and everything shown of them. */
  function filter() {
    state.result = applyFilters(inNameOrder, state.selected, state.terms);
    state.totals = aggregateByProvince(state.result.matches);
    view.show(state.result.matches);
    render();
  }

  /** Everything shown of the current matches but the map's points (also after the language changed). */
  function render() {
    const { matches, activityCount, withoutLocation } = state.result;
    $('count-initiatives').textContent = formatNumber(matches.length);
    $('count-activities').textContent = formatNumber(activityCount);
    $('label-initiatives').textContent = t(matches.length === 1 ? 'initiative' : 'initiatives');
    $('label-activities').textContent = t(activityCount === 1 ? 'activity' : 'activities');
    $('without-location').hidden = withoutLocation === 0;
    $('without-location').textContent = t('withoutLocation').replace('{n}', formatNumber(withoutLocation));
    view.shade(state.totals, state.measure);
    renderList($('initiative-list'), matches, (id) => {
      select(id, true);
      view.reveal(id);
    });
    renderWhiteSpots($('white-spots-forms'), 'table-forms', t('byForm'), provinces, matches, 'digitaliseringsvorm', 'digitalisation_forms');
    renderWhiteSpots($('white-spots-bottlenecks'), 'table-bottlenecks', t('byBottleneck'), provinces, matches, 'knelpunten', 'bottlenecks');
    renderDetailPanel();
  }

  function renderTexts() {
    document.title = t('title');
    $('map').setAttribute('aria-label', t('map'));
    $('search').placeholder = t('searchHint');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const option of $('measure').options) option.textContent = t(`measure.${option.value}`);
    $('release-version').textContent = data.version ?? '';
    $('release-date').textContent = formatDate(data.published_at);
    renderFilters($('filter-groups'), state.selected, filter);
  }

  $('no-scan-note').hidden = provinces.every((p) => p.scanned);
  $('attribution').hidden = !hasBoundaries(data.provinces);
  $('changelog-link').setAttribute('href', data.changelog ?? '../CHANGELOG.md');
  $('lang-toggle').addEventListener('click', () => {
    setLang(getLang() === 'nl' ? 'en' : 'nl');
    renderTexts();
    render();
    view.relabel();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.detail != null && !e.defaultPrevented) closeDetail();
  });
  $('measure').addEventListener('change', (e) => {
    state.measure = e.target.value;
    view.shade(state.totals, state.measure);
  });
  // The search is one more filter: the matches follow it once typing pauses, and only when its words changed.
  let searching = null;
  $('search').addEventListener('input', () => {
    clearTimeout(searching);
    searching = setTimeout(() => {
      const terms = searchTerms($('search').value);
      if (terms.join(' ') === state.terms.join(' ')) return;
      state.terms = terms;
      filter();
    }, SEARCH_DELAY_MS);
  });
  $('clear-filters').addEventListener('click', () => {
    for (const codes of Object.values(state.selected)) codes.clear();
    $('search').value = '';
    clearTimeout(searching);
    state.terms = [];
    renderFilters($('filter-groups'), state.selected, filter);
    filter();
  });

  setLang('nl');
  renderTexts();
  filter();
}

const data = window.REGIOSCAN_DATA;
if (data) {
  start(data);
} else {
  setLang('nl');
  document.body.replaceChildren(el('p', { class: 'fatal' }, t('noData')));
}
