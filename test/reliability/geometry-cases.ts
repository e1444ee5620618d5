import type { AnyRoute } from '../../src/http/route';
import { jsonSchemaOf } from './arbitraries';

/**
 * Hostile geometry for a zone or area-layer upload route: found in the route table by its schema
 * (a FeatureCollection: `features`, `coordinates`) or its path, so the cases run as soon as the
 * zones feature declares the route. Each body is otherwise valid (the envelope's required fields
 * filled, thirteen well-formed areas in thirteen zones beside the hostile one), so the refusal
 * comes from the geometry checks, not the envelope. Bodies are raw JSON text, so that they can
 * carry what JSON.stringify cannot (1e999 parses to Infinity) and millions of vertices cheaply.
 */
export function geometryRoutes(routes: AnyRoute[]): AnyRoute[] {
  return routes.filter((r) => {
    if (!r.request.body || r.method === 'get' || r.method === 'delete') return false;
    if (/^\/providers\//.test(r.path)) return false;
    const schema = JSON.stringify(jsonSchemaOf(r.request.body));
    return (
      /"(features|coordinates|geometry)"|FeatureCollection/.test(schema) ||
      /layer|geojson|boundar|upload/i.test(r.path)
    );
  });
}

type Node = Record<string, unknown>;
const MARK = '__FEATURE_COLLECTION__';
const PLACEHOLDER = JSON.stringify(MARK);

/** A minimal valid value of a JSON Schema, with the FeatureCollection's place marked. */
function envelope(node: Node, defs: Record<string, Node>, depth = 0): unknown {
  if (depth > 8) return null;
  if (typeof node.$ref === 'string')
    return envelope(defs[node.$ref.replace('#/$defs/', '')] ?? {}, defs, depth + 1);
  const props = (node.properties ?? {}) as Record<string, Node>;
  if ('features' in props) return MARK;
  if (node.const !== undefined) return node.const;
  if (Array.isArray(node.enum)) return node.enum[0];
  const union = (node.anyOf ?? node.oneOf) as Node[] | undefined;
  if (union) return envelope(union[0]!, defs, depth + 1);
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        ((node.required as string[] | undefined) ?? Object.keys(props)).map((k) => [
          k,
          envelope(props[k] ?? {}, defs, depth + 1),
        ]),
      );
    case 'string':
      return node.format === 'date'
        ? '2030-01-01'
        : 'Reliability hostile geometry'.slice(0, Number(node.maxLength ?? 60));
    case 'integer':
    case 'number':
      return Number(node.minimum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return [];
    default:
      return null;
  }
}

const feature = (coordinatesJson: string, areaId: string, zoneId: string) =>
  `{"type":"Feature","properties":{"areaId":"${areaId}","zoneId":"${zoneId}","band":"urban","bandSource":"ruc2011-oa"},"geometry":{"type":"Polygon","coordinates":${coordinatesJson}}}`;

/** Thirteen small, valid, separate squares in thirteen zones: with the hostile one, fourteen zones. */
const fillers = Array.from({ length: 13 }, (_, i) => {
  const x = -1.6 + i * 0.01;
  return feature(
    `[[[${x},52.9],[${x + 0.005},52.9],[${x + 0.005},52.905],[${x},52.905],[${x},52.9]]]`,
    `FILL${i}`,
    `zone-${i}`,
  );
});

/** A circle of `vertices` positions; with `cross`, it ends with an edge straight across itself. */
function hugeRing(vertices: number, cross = false): string {
  const parts: string[] = [];
  for (let i = 0; i < vertices - 1; i += 1) {
    const a = (2 * Math.PI * i) / vertices;
    parts.push(`[${(-1.2 + 0.1 * Math.cos(a)).toFixed(7)},${(52.6 + 0.1 * Math.sin(a)).toFixed(7)}]`);
  }
  if (cross) parts.push('[-1.35,52.6]', '[-1.05,52.61]');
  parts.push(parts[0]!);
  return `[[${parts.join(',')}]]`;
}

export interface GeometryCase {
  name: string;
  body: string;
}

export function geometryCases(route: AnyRoute): GeometryCase[] {
  const schema = jsonSchemaOf(route.request.body!);
  const shell = JSON.stringify(envelope(schema, (schema.$defs ?? {}) as Record<string, Node>));
  const layer = (features: string[]) =>
    shell.replace(
      PLACEHOLDER,
      `{"type":"FeatureCollection","features":[${[...fillers, ...features].join(',')}]}`,
    );
  const one = (coordinates: string) => layer([feature(coordinates, 'HOSTILE', 'zone-hostile')]);
  return [
    {
      name: 'self-intersecting (bow-tie) polygon',
      body: one('[[[-1.3,52.5],[-1.2,52.6],[-1.2,52.5],[-1.3,52.6],[-1.3,52.5]]]'),
    },
    { name: 'unclosed ring', body: one('[[[-1.3,52.5],[-1.2,52.6],[-1.2,52.5],[-1.25,52.45]]]') },
    { name: 'NaN as null', body: one('[[[null,52.5],[-1.2,null],[-1.2,52.5],[null,52.5]]]') },
    { name: 'NaN as a string', body: one('[[["NaN",52.5],[-1.2,"NaN"],[-1.2,52.5],["NaN",52.5]]]') },
    { name: 'Infinity (1e999)', body: one('[[[1e999,52.5],[-1.2,-1e999],[-1.2,52.5],[1e999,52.5]]]') },
    { name: 'coordinates out of range', body: one('[[[-1000,95],[1000,-95],[0,0],[-1000,95]]]') },
    { name: 'empty and nested nonsense', body: one('[[],[[]],[[[[1,2]]]]]') },
    { name: 'not a FeatureCollection', body: shell.replace(PLACEHOLDER, '{"type":"Topology","objects":{}}') },
    {
      name: 'a ring of a million vertices that crosses itself at the end',
      body: one(hugeRing(1_000_000, true)),
    },
    // Short coordinates, so that the body stays under the route's limit and the vertex cap is what refuses it.
    { name: 'more than two million vertices', body: one(`[[${'[0,0],'.repeat(2_100_000)}[0,0]]]`) },
    {
      name: '50,000 tiny features',
      body: layer(
        Array.from({ length: 50_000 - 13 }, (_, i) =>
          feature('[[[-1.3,52.5],[-1.29,52.5],[-1.29,52.51],[-1.3,52.5]]]', `T${i}`, 'zone-hostile'),
        ),
      ),
    },
  ];
}
