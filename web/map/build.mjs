// Bundles the map into dist/: index.html, map.js, map.css (Leaflet's few images inlined).
import { build } from 'esbuild';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(dirname(fileURLToPath(import.meta.url)));
await rm('dist', { recursive: true, force: true });
await mkdir('dist');

const common = { bundle: true, minify: true, target: ['es2020', 'chrome100', 'firefox100', 'safari15'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/main.js'], outfile: 'dist/map.js', format: 'iife' });
await build({ ...common, entryPoints: ['src/map.css'], outfile: 'dist/map.css', loader: { '.png': 'dataurl' } });
await copyFile('src/index.html', 'dist/index.html');

let total = 0;
for (const name of ['index.html', 'map.js', 'map.css']) total += (await stat(`dist/${name}`)).size;
console.log(`map bundle: ${total} bytes in dist/`);
