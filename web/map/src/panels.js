// The side panels: filters, the list of initiatives, the detail panel and the white-spots tables.
import { el, safeLink } from './dom.js';
import { t, label, codesOf, formatNumber } from './i18n.js';
import { DIMENSIONS, crossTab, hasLocation } from './model.js';

/** Checkbox groups for every dimension; `onChange()` after `selected` ({ list: Set }) was changed. */
export function renderFilters(container, selected, onChange) {
  const open = new Set([...container.querySelectorAll('details[open]')].map((d) => d.dataset.list));
  const groups = DIMENSIONS.map(({ list }) => {
    const chosen = selected[list];
    const badge = el('span', { class: 'badge' });
    const showCount = () => {
      badge.textContent = chosen.size > 0 ? String(chosen.size) : '';
    };
    showCount();
    const boxes = codesOf(list).map((code) =>
      el('label', { class: 'option' },
        el('input', {
          type: 'checkbox', id: `f-${list}-${code}`, value: code, checked: chosen.has(code),
          onchange: (e) => {
            if (e.target.checked) chosen.add(code);
            else chosen.delete(code);
            showCount();
            onChange();
          },
        }),
        ' ', label(list, code)));
    return el('details', { class: 'filter', 'data-list': list, open: chosen.size > 0 || open.has(list) },
      el('summary', {}, t(`dim.${list}`), ' ', badge), boxes);
  });
  container.replaceChildren(...groups);
}

/** How many initiatives the list shows at first and adds per "show more". */
export const LIST_PAGE = 200;

/**
 * The filtered initiatives (`matches`, already in name order), each a button that opens its detail. A release
 * may hold tens of thousands: the list shows `LIST_PAGE` of them and a button that adds the next ones, and
 * moves the focus to the first of those.
 */
export function renderList(container, matches, onSelect) {
  if (matches.length === 0) {
    container.replaceChildren(el('li', { class: 'empty' }, t('noResults')));
    return;
  }
  const item = ({ initiative: i }) =>
    el('li', {},
      el('button', { type: 'button', class: 'link', 'data-id': i.initiative_id, onclick: () => onSelect(i.initiative_id) }, i.name),
      el('small', {}, [i.province_name, i.municipality_name].filter(Boolean).join(' · '),
        hasLocation(i) ? null : ` · ${t('noLocation')}`));
  let shown = 0;
  const button = el('button', { type: 'button', id: 'list-more' });
  const more = el('li', { class: 'more' }, button);
  const showMore = () => {
    const next = matches.slice(shown, shown + LIST_PAGE).map(item);
    shown += next.length;
    more.before(...next);
    if (shown < matches.length) {
      button.textContent = t('showMore').replace('{shown}', formatNumber(shown)).replace('{total}', formatNumber(matches.length));
    } else {
      more.remove();
    }
    return next;
  };
  button.addEventListener('click', () => showMore()[0]?.querySelector('button').focus({ preventScroll: true }));
  container.replaceChildren(more);
  showMore();
}

const field = (name, ...value) => {
  const shown = value.flat().filter((v) => v != null && v !== '');
  return shown.length === 0 ? [] : [el('dt', {}, t(name)), el('dd', {}, shown)];
};
const coded = (list, value) => (value == null ? [] : Array.isArray(value) ? value : [value]).map((c) => label(list, c)).join(', ');

function years(i) {
  if (i.start_year == null && i.end_year == null) return null;
  return `${i.start_year ?? '…'} – ${i.end_year ?? '…'}`;
}

function reach(value, year) {
  if (value == null) return null;
  return year == null ? formatNumber(value) : `${formatNumber(value)} (${t('reachYear')} ${year})`;
}

/**
 * The detail of `initiative`; activities outside `matching` (a Set of ids) are marked as such: in a muted colour
 * and with words in their heading, which a screen reader reads too.
 */
export function renderDetail(container, initiative, matching, onClose) {
  const activities = (initiative.activities ?? []).map((a) => {
    const inside = matching.has(a.activity_id);
    return el('li', { class: inside ? 'activity' : 'activity outside' },
      el('h4', {}, a.name, inside ? null : el('span', { class: 'outside-note' }, ` (${t('outsideFilter')})`)),
      el('dl', {},
        field('activityType', coded('activiteit_type', a.activity_type)),
        field('targetGroups', coded('doelgroep', a.target_groups)),
        field('sectors', coded('sectoren', a.sectors)),
        field('forms', coded('digitaliseringsvorm', a.digitalisation_forms)),
        field('bottlenecks', coded('knelpunten', a.bottlenecks)),
        field('reach', reach(a.reach_per_year, a.reach_year)),
        field('impact', coded('impactmeting', a.impact_measurement))));
  });
  container.replaceChildren(
    el('button', { type: 'button', class: 'close', 'aria-label': t('close'), title: t('close'), onclick: onClose }, '×'),
    el('h2', { id: 'detail-name', tabindex: '-1' }, initiative.name),
    el('dl', {},
      field('province', initiative.province_name),
      field('municipality', initiative.municipality_name),
      field('description', initiative.description),
      field('website', initiative.website ? safeLink(initiative.website) ?? initiative.website : null),
      field('serviceArea', coded('werkgebied', initiative.service_area)),
      field('providers', coded('aanbieders', initiative.providers)),
      field('lead', initiative.lead_organisation),
      field('funding', coded('financiering', initiative.funding)),
      field('rationale', coded('beleidsrationale', initiative.policy_rationale)),
      field('years', years(initiative)),
      field('reach', initiative.reach_per_year == null ? null : formatNumber(initiative.reach_per_year))),
    el('h3', {}, `${t('activities')[0].toUpperCase()}${t('activities').slice(1)} (${initiative.activities?.length ?? 0})`),
    el('ol', { class: 'activities' }, activities));
  container.hidden = false;
}

/**
 * A table provinces × codes of `list` with the number of matching activities; 0 is a white spot. A province
 * without a scan in the release (`scanned` false) gets one cell saying so: it has no counts to show.
 */
export function renderWhiteSpots(container, id, caption, provinces, matches, list, field) {
  const table = crossTab(matches, field);
  const codes = codesOf(list);
  const head = el('tr', {}, el('th', { scope: 'col' }, t('province')),
    codes.map((c) => el('th', { scope: 'col', class: 'code', title: label(list, c) }, label(list, c))));
  const rows = provinces.map(({ code, name, scanned }) =>
    el('tr', {}, el('th', { scope: 'row' }, name),
      !scanned ? el('td', { class: 'no-scan', colspan: codes.length }, t('noScan')) : codes.map((c) => {
        const n = table.get(code)?.get(c) ?? 0;
        return el('td', { class: n === 0 ? 'white-spot' : null }, formatNumber(n));
      })));
  container.replaceChildren(
    el('table', { id, class: 'white-spots-table' }, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, rows)));
}
