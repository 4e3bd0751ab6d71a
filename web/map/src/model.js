// Filtering and aggregation over the release data. Pure functions: no DOM, no Leaflet.

/** Every filterable dimension: its code list, the field that holds its codes and whose field it is. */
export const DIMENSIONS = [
  { list: 'activiteit_type', field: 'activity_type', level: 'activity' },
  { list: 'doelgroep', field: 'target_groups', level: 'activity' },
  { list: 'sectoren', field: 'sectors', level: 'activity' },
  { list: 'digitaliseringsvorm', field: 'digitalisation_forms', level: 'activity' },
  { list: 'knelpunten', field: 'bottlenecks', level: 'activity' },
  { list: 'impactmeting', field: 'impact_measurement', level: 'activity' },
  { list: 'aanbieders', field: 'providers', level: 'initiative' },
  { list: 'beleidsrationale', field: 'policy_rationale', level: 'initiative' },
  { list: 'financiering', field: 'funding', level: 'initiative' },
  { list: 'werkgebied', field: 'service_area', level: 'initiative' },
];

/**
 * The rows of one data.js table as objects by field name. A table is { columns, codes, rows }: each row is an array
 * of values in column order, and a coded column (codes: { column: list name }) holds positions in
 * `codelists[list]` instead of the codes themselves, so a release of a million activities stays a file a browser
 * can load. A value that is not a position is kept as it is.
 */
export function readTable(table, codelists) {
  if (!table) return [];
  const { columns, codes: coded = {}, rows } = table;
  const decode = columns.map((name) => {
    const list = codelists?.[coded[name]];
    if (!list) return (value) => value;
    const code = (value) => (typeof value === 'number' ? list[value]?.code ?? String(value) : value);
    return (value) => (Array.isArray(value) ? value.map(code) : value == null ? value : code(value));
  });
  return rows.map((row) => {
    const record = {};
    for (let i = 0; i < columns.length; i++) record[columns[i]] = decode[i](row[i]);
    return record;
  });
}

const codes = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);

/** Whether an initiative has coordinates, and so a point on the map. */
export const hasLocation = (initiative) => typeof initiative.latitude === 'number' && typeof initiative.longitude === 'number';

// Latin letters with diacritics (Latin-1 Supplement, Extended-A and -B, Extended Additional), each folded once and
// then taken from `plainLetters`: normalising whole texts took several times as long on a release of 37,000.
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const plainLetters = new Map();
const plainLetter = (letter) => {
  let plain = plainLetters.get(letter);
  if (plain === undefined) {
    plain = letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    plainLetters.set(letter, plain);
  }
  return plain;
};

/** `text` in lower case without accents ("Fryslân" → "fryslan"), for a search that ignores both. */
export const foldForSearch = (text) => String(text ?? '').toLowerCase().replace(ACCENTED, plainLetter);

/** What the search box looks in: an initiative's name, municipality, province and description, folded once. */
export const searchTextOf = (initiative) =>
  foldForSearch([initiative.name, initiative.municipality_name, initiative.province_name, initiative.description].filter(Boolean).join('\n'));

/** The words of a search (folded); an initiative matches when its search text holds every one of them. */
export const searchTerms = (query) => foldForSearch(query).split(/\s+/).filter(Boolean);

/** Whether `record` passes every `dimensions` filter in `selected` ({ list: Set of codes }; empty = all). */
function passes(record, dimensions, selected) {
  return dimensions.every((d) => {
    const wanted = selected[d.list];
    return !wanted || wanted.size === 0 || codes(record[d.field]).some((c) => wanted.has(c));
  });
}

const ACTIVITY_DIMS = DIMENSIONS.filter((d) => d.level === 'activity');
const INITIATIVE_DIMS = DIMENSIONS.filter((d) => d.level === 'initiative');

/**
 * The initiatives that match: their search text (`searchText`, from `searchTextOf`) holds every one of `terms`
 * (from `searchTerms`), their own fields pass the initiative-level filters and, when an activity-level filter is
 * set, at least one of their activities passes all of those.
 * Returns [{ initiative, activities }] with only the matching activities, and the totals: activities, and
 * initiatives without a location (listed, but not on the map).
 */
export function applyFilters(initiatives, selected, terms = []) {
  const activityFiltered = ACTIVITY_DIMS.some((d) => selected[d.list]?.size > 0);
  const matches = [];
  let activityCount = 0;
  let withoutLocation = 0;
  for (const initiative of initiatives) {
    if (!terms.every((term) => initiative.searchText.includes(term))) continue;
    if (!passes(initiative, INITIATIVE_DIMS, selected)) continue;
    const activities = (initiative.activities ?? []).filter((a) => passes(a, ACTIVITY_DIMS, selected));
    if (activityFiltered && activities.length === 0) continue;
    matches.push({ initiative, activities });
    activityCount += activities.length;
    if (!hasLocation(initiative)) withoutLocation += 1;
  }
  return { matches, activityCount, withoutLocation, activityFiltered };
}

/** Per province code: { initiatives, activities, reach } over the matches. */
export function aggregateByProvince(matches) {
  const totals = new Map();
  for (const { initiative, activities } of matches) {
    const row = totals.get(initiative.province_code) ?? { initiatives: 0, activities: 0, reach: 0 };
    row.initiatives += 1;
    row.activities += activities.length;
    for (const a of activities) row.reach += a.reach_per_year ?? 0;
    totals.set(initiative.province_code, row);
  }
  return totals;
}

/** Activities per province code and code of `field` (a multi-valued activity field): Map(province → Map(code → n)). */
export function crossTab(matches, field) {
  const table = new Map();
  for (const { initiative, activities } of matches) {
    const row = table.get(initiative.province_code) ?? new Map();
    for (const a of activities) {
      for (const c of codes(a[field])) row.set(c, (row.get(c) ?? 0) + 1);
    }
    table.set(initiative.province_code, row);
  }
  return table;
}

/**
 * Whether the release holds a scan of a province (by code): data.js's `scanned` lists them. A province without a
 * scan has no activities because nobody reported any, so it is no white spot. Data without the list (from
 * before it was written) counts every province as scanned.
 */
export function scannedTest(scanned) {
  if (!Array.isArray(scanned)) return () => true;
  const codes = new Set(scanned);
  return (code) => codes.has(code);
}

/**
 * The provinces to show, ordered by code: those of the base layer (CBS `statcode`/`statnaam` or the
 * release's `province_code`/`province_name`) plus any that only the initiatives name, each with
 * `scanned` from `isScanned(code)`.
 */
export function provinceList(geojson, initiatives, isScanned) {
  const byCode = new Map();
  for (const f of geojson?.features ?? []) {
    const code = provinceCode(f);
    if (code) byCode.set(code, f.properties?.province_name ?? f.properties?.statnaam ?? code);
  }
  for (const i of initiatives) {
    if (!byCode.has(i.province_code)) byCode.set(i.province_code, i.province_name);
  }
  return [...byCode]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, name]) => ({ code, name, scanned: isScanned(code) }));
}

/**
 * Whether the base layer holds province boundaries (polygons). Without the CBS boundaries under `reference/`
 * a release has a point per province, and the map must not credit CBS / Kadaster for boundaries it lacks.
 */
export const hasBoundaries = (geojson) =>
  (geojson?.features ?? []).some((f) => f?.geometry?.type === 'Polygon' || f?.geometry?.type === 'MultiPolygon');

/** The CBS code of a province feature. */
export const provinceCode = (feature) =>
  feature?.properties?.province_code ?? feature?.properties?.statcode ?? (feature?.id != null ? String(feature.id) : null);

/** Class breaks for a choropleth: up to 5 equal steps of whole numbers from 1 to `max`. */
export function breaks(max) {
  if (!(max > 0)) return [];
  const step = Math.max(1, Math.ceil(max / 5));
  const result = [];
  for (let upper = step; result.length < 5; upper += step) {
    result.push(Math.min(upper, max));
    if (upper >= max) break;
  }
  return result;
}
