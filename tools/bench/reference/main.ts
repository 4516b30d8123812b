// The benchmark's reference: the same world map drawn the plain way, with d3-geo and
// topojson-client and no framework, fetching its topology and colours like a typical d3 page.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

interface Quote {
  quote: string;
  speaker: string;
  publisher: string;
  url: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const ANTARCTICA = '010';

/** Marks the moment the next frame has been painted. */
const drawn = (name: string) => requestAnimationFrame(() => setTimeout(() => performance.mark(name)));

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  return element;
}

async function showPanel(iso3: string) {
  const { name, quotes } = (await (await fetch(`quotes/${iso3}.json`)).json()) as { name: string; quotes: Quote[] };
  const panel = document.getElementById('panel') as HTMLElement;
  const heading = document.createElement('h2');
  heading.textContent = name;
  const items = quotes.map((q) => {
    const block = document.createElement('blockquote');
    const text = document.createElement('p');
    text.textContent = q.quote;
    const cite = document.createElement('a');
    cite.href = q.url;
    cite.textContent = `${q.speaker}, ${q.publisher}`;
    block.append(text, cite);
    return block;
  });
  panel.replaceChildren(heading, ...items);
  drawn('atlas:panel-drawn');
}

async function main() {
  const [world, fills] = await Promise.all([
    fetch('world.json').then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>),
    fetch('fills.json').then((r) => r.json() as Promise<Record<string, { iso3: string; fill: string }>>),
  ]);
  const countries = feature(world, world.objects.countries).features.filter((f) => f.id !== ANTARCTICA);
  const box = document.getElementById('map') as HTMLElement;
  const width = box.clientWidth;
  const projection = geoEqualEarth().fitWidth(width, { type: 'FeatureCollection', features: countries });
  const path = geoPath(projection);
  const height = Math.ceil(path.bounds({ type: 'FeatureCollection', features: countries })[1][1]);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}` });
  const group = svgElement('g', {});
  for (const f of countries) {
    const known = f.id === undefined ? undefined : fills[String(f.id)];
    group.append(svgElement('path', { class: 'country', d: path(f) ?? '', fill: known?.fill ?? '#e4e4e4', 'data-iso3': known?.iso3 ?? '' }));
  }
  svg.append(group, svgElement('path', { class: 'borders', d: path(mesh(world, world.objects.countries, (a, b) => a !== b)) ?? '' }));
  let hovered: Element | null = null;
  group.addEventListener('pointerover', (event) => {
    hovered?.classList.remove('hover');
    hovered = event.target as Element;
    hovered.classList.add('hover');
  });
  group.addEventListener('click', (event) => {
    const iso3 = (event.target as Element).getAttribute('data-iso3');
    if (iso3) void showPanel(iso3);
  });
  box.append(svg);
  drawn('atlas:map-interactive');
}

void main();
