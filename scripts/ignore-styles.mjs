// Lets Node scripts import React components that import their stylesheet (`import './x.css'`): with
// `node --import ./scripts/ignore-styles.mjs`, every .css module loads as an empty module.
import { register } from 'node:module';

const loader = `export async function load(url, context, next) {
  return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(loader)}`);
