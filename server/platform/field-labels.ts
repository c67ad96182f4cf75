import { z } from 'zod';
import { fieldLabel } from '../../common/locale/index.js';

type Node = z.core.$ZodType;

const defOf = (node: Node) => node._zod.def as unknown as Record<string, unknown>;

function titleOf(node: Node): string | undefined {
  const meta = z.globalRegistry.get(node) as { title?: string; description?: string } | undefined;
  return meta?.title ?? (node as { description?: string }).description;
}

/** Steps through wrappers (optional, nullable, default, pipe, lazy …) to the schema that has a shape. */
function unwrap(node: Node): Node[] {
  const chain: Node[] = [node];
  let current: Node = node;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    const next = (def.innerType ??
      def.in ??
      (typeof def.getter === 'function' ? (def.getter as () => Node)() : undefined)) as Node | undefined;
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/**
 * The Chinese name of a request field: the title the schema gives it (`.meta({ title })` or
 * `.describe()`), so two modules may use one field name with different meanings; otherwise the
 * shared label table of the locale module.
 */
export function labelFromSchema(schema: unknown, path: string): string {
  if (!schema || !(schema instanceof z.ZodType) || !path) return fieldLabel(path);
  let node: Node | undefined = schema;
  let title: string | undefined;
  for (const segment of path.split('.')) {
    if (!node) break;
    let child: Node | undefined;
    for (const n of unwrap(node)) {
      const def = defOf(n);
      if (def.type === 'object' && def.shape && segment in (def.shape as object))
        child = (def.shape as Record<string, Node>)[segment];
      else if (def.type === 'array' && /^\d+$/.test(segment)) child = def.element as Node;
      if (child) break;
    }
    node = child;
    if (node && !/^\d+$/.test(segment)) title = unwrap(node).map(titleOf).find(Boolean);
  }
  return title ?? fieldLabel(path);
}
