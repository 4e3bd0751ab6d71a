// Interface text in Dutch and English; code labels come from the release's code lists.

const TEXT = {
  nl: {
    title: 'Regioscan Digitalisering MKB — ecosysteemkaart',
    release: 'Release',
    published: 'gepubliceerd',
    changelog: 'Wijzigingen',
    toggle: 'English',
    filters: 'Filters',
    clear: 'Wis filters en zoekterm',
    search: 'Zoek initiatieven',
    searchHint: 'naam, plaats of omschrijving',
    initiative: 'initiatief',
    initiatives: 'initiatieven',
    activity: 'activiteit',
    activities: 'activiteiten',
    measure: 'Kleur provincies naar',
    'measure.initiatives': 'Aantal initiatieven',
    'measure.activities': 'Aantal activiteiten',
    'measure.reach': 'Bereik per jaar',
    list: 'Initiatieven',
    noLocation: 'geen locatie',
    withoutLocation: '{n} zonder locatie (niet op de kaart)',
    noResults: 'Geen initiatieven bij deze filters en zoekterm.',
    showMore: 'Toon meer ({shown} van {total} getoond)',
    close: 'Sluiten',
    province: 'Provincie',
    municipality: 'Gemeente',
    description: 'Omschrijving',
    website: 'Website',
    serviceArea: 'Werkgebied',
    providers: 'Aanbieders',
    lead: 'Penvoerder',
    funding: 'Financiering',
    rationale: 'Beleidsrationale',
    years: 'Looptijd',
    reach: 'Bereik per jaar',
    reachYear: 'peiljaar',
    activityType: 'Type activiteit',
    targetGroups: 'Doelgroepen',
    sectors: 'Sectoren',
    forms: 'Digitaliseringsvormen',
    bottlenecks: 'Knelpunten',
    impact: 'Impactmeting',
    outsideFilter: 'valt buiten de filters',
    whiteSpots: 'Witte vlekken',
    whiteSpotsIntro: 'Aantal activiteiten per provincie (binnen de filters). Een 0 is een witte vlek: daar is geen enkele activiteit.',
    noScanNote: 'Van provincies met „geen scan” (grijs op de kaart) zit geen scan in deze release: van hen is niet bekend welke activiteiten er zijn, dus ook niet waar witte vlekken zijn.',
    noScan: 'geen scan',
    noScanLong: 'Geen scan in deze release',
    byForm: 'Provincies × digitaliseringsvormen',
    byBottleneck: 'Provincies × knelpunten',
    noData: 'De gegevens van deze release (data.js) ontbreken.',
    attribution: 'Provinciegrenzen: CBS / Kadaster (CC-BY 4.0)',
    map: 'Kaart van de initiatieven',
    'dim.activiteit_type': 'Type activiteit',
    'dim.doelgroep': 'Doelgroep',
    'dim.sectoren': 'Sector',
    'dim.digitaliseringsvorm': 'Digitaliseringsvorm',
    'dim.knelpunten': 'Knelpunt',
    'dim.impactmeting': 'Impactmeting',
    'dim.aanbieders': 'Aanbieder',
    'dim.beleidsrationale': 'Beleidsrationale',
    'dim.financiering': 'Financiering',
    'dim.werkgebied': 'Werkgebied',
  },
  en: {
    title: 'Regioscan SME Digitalisation — ecosystem map',
    release: 'Release',
    published: 'published',
    changelog: 'Change log',
    toggle: 'Nederlands',
    filters: 'Filters',
    clear: 'Clear filters and search',
    search: 'Search initiatives',
    searchHint: 'name, place or description',
    initiative: 'initiative',
    initiatives: 'initiatives',
    activity: 'activity',
    activities: 'activities',
    measure: 'Shade provinces by',
    'measure.initiatives': 'Number of initiatives',
    'measure.activities': 'Number of activities',
    'measure.reach': 'Reach per year',
    list: 'Initiatives',
    noLocation: 'no location',
    withoutLocation: '{n} without a location (not on the map)',
    noResults: 'No initiatives match these filters and search.',
    showMore: 'Show more ({shown} of {total} shown)',
    close: 'Close',
    province: 'Province',
    municipality: 'Municipality',
    description: 'Description',
    website: 'Website',
    serviceArea: 'Service area',
    providers: 'Providers',
    lead: 'Lead organisation',
    funding: 'Funding',
    rationale: 'Policy rationale',
    years: 'Years',
    reach: 'Reach per year',
    reachYear: 'reference year',
    activityType: 'Activity type',
    targetGroups: 'Target groups',
    sectors: 'Sectors',
    forms: 'Forms of digitalisation',
    bottlenecks: 'Bottlenecks',
    impact: 'Impact measurement',
    outsideFilter: 'outside the filters',
    whiteSpots: 'White spots',
    whiteSpotsIntro: 'Number of activities per province (within the filters). A 0 is a white spot: no activity at all there.',
    noScanNote: 'Provinces marked “no scan” (grey on the map) have no scan in this release: which activities they have is not known, so neither are their white spots.',
    noScan: 'no scan',
    noScanLong: 'No scan in this release',
    byForm: 'Provinces × forms of digitalisation',
    byBottleneck: 'Provinces × bottlenecks',
    noData: 'The data of this release (data.js) is missing.',
    attribution: 'Province boundaries: CBS / Kadaster (CC-BY 4.0)',
    map: 'Map of the initiatives',
    'dim.activiteit_type': 'Activity type',
    'dim.doelgroep': 'Target group',
    'dim.sectoren': 'Sector',
    'dim.digitaliseringsvorm': 'Form of digitalisation',
    'dim.knelpunten': 'Bottleneck',
    'dim.impactmeting': 'Impact measurement',
    'dim.aanbieders': 'Provider',
    'dim.beleidsrationale': 'Policy rationale',
    'dim.financiering': 'Funding',
    'dim.werkgebied': 'Service area',
  },
};

let lang = 'nl';
let labels = {};

/** Indexes the release's code lists: `{ list: [{ code, nl, en }] }`. */
export function useCodeLists(codelists) {
  labels = {};
  for (const [list, codes] of Object.entries(codelists ?? {})) {
    labels[list] = new Map(codes.map((c) => [c.code, c]));
  }
}

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'nl';
  document.documentElement.lang = lang;
}

export const getLang = () => lang;

/** Interface text for `key`. */
export const t = (key) => TEXT[lang][key] ?? key;

/** The label of `code` in code list `list`, or the code itself when the list does not know it. */
export function label(list, code) {
  const entry = labels[list]?.get(code);
  return entry ? entry[lang] : code;
}

/** The codes of `list` in code-list order. */
export const codesOf = (list) => [...(labels[list]?.keys() ?? [])];

export const formatNumber = (n) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);

export function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? String(iso ?? '')
    : new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(date);
}
