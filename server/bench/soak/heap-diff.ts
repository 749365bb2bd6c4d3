import { readFileSync } from 'node:fs';

/**
 * Compares two V8 heap snapshots of one process (the soak server's, SOAK_HEAP_SNAPSHOTS) by
 * constructor: objects, shallow size and retained size (what would be freed with them, from the
 * dominator tree, each class counted once where its objects hold each other, as DevTools' summary
 * does), and lists the objects present in both whose retained size grew the most, with who holds
 * them. `tsx bench/soak/heap-diff.ts before.heapsnapshot after.heapsnapshot [rows]`
 */

interface Parsed {
  nodeCount: number;
  /** Per node: its class, self size, heap object id (stable within a process), first edge. */
  cls: Int32Array;
  self: Float64Array;
  ids: Float64Array;
  className: string[];
  nodeLabel: (node: number) => string;
  retained: Float64Array;
  idom: Int32Array;
}

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function parse(file: string): Parsed {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot;
  const { meta } = raw.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nTypeAt = meta.node_fields.indexOf('type');
  const nNameAt = meta.node_fields.indexOf('name');
  const nIdAt = meta.node_fields.indexOf('id');
  const nSelfAt = meta.node_fields.indexOf('self_size');
  const nEdgesAt = meta.node_fields.indexOf('edge_count');
  const eTypeAt = meta.edge_fields.indexOf('type');
  const eToAt = meta.edge_fields.indexOf('to_node');
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  const { nodes, edges, strings } = raw;
  const n = nodes.length / nf;

  const classIds = new Map<string, number>();
  const className: string[] = [];
  const cls = new Int32Array(n);
  const self = new Float64Array(n);
  const ids = new Float64Array(n);
  const firstEdge = new Int32Array(n + 1);
  const classOf = (type: string, name: string): string => {
    switch (type) {
      case 'object':
      case 'native':
        return name;
      case 'closure':
        return '(closure)';
      case 'string':
      case 'concatenated string':
      case 'sliced string':
        return '(string)';
      case 'array':
        return `(array ${name})`;
      case 'code':
        return '(compiled code)';
      case 'hidden':
        return `(system ${name.split(' ')[0]})`;
      case 'object shape':
        return '(object shape)';
      default:
        return `(${type})`;
    }
  };
  let edgeIndex = 0;
  for (let i = 0; i < n; i++) {
    const type = nodeTypes[nodes[i * nf + nTypeAt]!]!;
    const name = classOf(type, strings[nodes[i * nf + nNameAt]!]!);
    let c = classIds.get(name);
    if (c === undefined) {
      c = className.length;
      className.push(name);
      classIds.set(name, c);
    }
    cls[i] = c;
    self[i] = nodes[i * nf + nSelfAt]!;
    ids[i] = nodes[i * nf + nIdAt]!;
    firstEdge[i] = edgeIndex;
    edgeIndex += nodes[i * nf + nEdgesAt]!;
  }
  firstEdge[n] = edgeIndex;
  const target = (e: number) => edges[e * ef + eToAt]! / nf;
  const followed = (e: number) => {
    const type = edges[e * ef + eTypeAt]!;
    return type !== weak && type !== shortcut;
  };

  // Depth-first postorder from the root (node 0), iteratively.
  const order = new Int32Array(n);
  const rank = new Int32Array(n).fill(-1);
  const visited = new Uint8Array(n);
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  let top = 0;
  let count = 0;
  stack[top++] = 0;
  visited[0] = 1;
  cursor[0] = firstEdge[0]!;
  while (top > 0) {
    const node = stack[top - 1]!;
    let pushed = false;
    while (cursor[node]! < firstEdge[node + 1]!) {
      const e = cursor[node]!++;
      if (!followed(e)) continue;
      const to = target(e);
      if (visited[to]) continue;
      visited[to] = 1;
      cursor[to] = firstEdge[to]!;
      stack[top++] = to;
      pushed = true;
      break;
    }
    if (!pushed) {
      top--;
      rank[node] = count;
      order[count++] = node;
    }
  }

  // Predecessors of reachable nodes (CSR).
  const predCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    if (rank[i] === -1) continue;
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e++) {
      if (followed(e)) predCount[target(e) + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) predCount[i + 1]! += predCount[i]!;
  const preds = new Int32Array(predCount[n]!);
  const fill = predCount.slice(0, n);
  for (let i = 0; i < n; i++) {
    if (rank[i] === -1) continue;
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e++) {
      if (followed(e)) preds[fill[target(e)]!++] = i;
    }
  }

  // Cooper, Harvey and Kennedy's iterative dominators, on postorder ranks.
  const root = rank[0]!;
  const doms = new Int32Array(count).fill(-1);
  doms[root] = root;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (a < b) a = doms[a]!;
      while (b < a) b = doms[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let r = count - 2; r >= 0; r--) {
      const node = order[r]!;
      let idom = -1;
      for (let p = predCount[node]!; p < predCount[node + 1]!; p++) {
        const pr = rank[preds[p]!]!;
        if (pr === -1 || doms[pr] === -1) continue;
        idom = idom === -1 ? pr : intersect(pr, idom);
      }
      if (idom !== -1 && doms[r] !== idom) {
        doms[r] = idom;
        changed = true;
      }
    }
  }
  const idom = new Int32Array(n).fill(-1);
  const retained = new Float64Array(n);
  for (let r = 0; r < count; r++) retained[order[r]!] = self[order[r]!]!;
  for (let r = 0; r < count - 1; r++) {
    const node = order[r]!;
    const dom = order[doms[r]!]!;
    idom[node] = dom;
    retained[dom]! += retained[node]!;
  }
  const nodeLabel = (node: number) => {
    const type = nodeTypes[nodes[node * nf + nTypeAt]!]!;
    const name = strings[nodes[node * nf + nNameAt]!]!;
    return `${type === 'closure' ? 'closure ' : ''}${name.slice(0, 60)}`;
  };
  return { nodeCount: n, cls, self, ids, className, nodeLabel, retained, idom };
}

interface ClassTotals {
  count: number;
  self: number;
  retained: number;
}

/** Per class: objects, shallow size, and retained size of the objects no other of its class holds. */
function byClass(heap: Parsed): Map<string, ClassTotals> {
  const n = heap.nodeCount;
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (heap.idom[i]! >= 0) childCount[heap.idom[i]! + 1]!++;
  for (let i = 0; i < n; i++) childCount[i + 1]! += childCount[i]!;
  const children = new Int32Array(childCount[n]!);
  const fill = childCount.slice(0, n);
  for (let i = 0; i < n; i++) if (heap.idom[i]! >= 0) children[fill[heap.idom[i]!]!++] = i;
  const totals = heap.className.map(() => ({ count: 0, self: 0, retained: 0 }));
  const inside = new Int32Array(heap.className.length);
  // Iterative DFS over the dominator tree: enter (+1 on the class), leave (-1).
  const stack: number[] = [0];
  const leaving: boolean[] = [false];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const leave = leaving.pop()!;
    const c = heap.cls[node]!;
    if (leave) {
      inside[c]!--;
      continue;
    }
    const t = totals[c]!;
    t.count++;
    t.self += heap.self[node]!;
    if (inside[c] === 0) t.retained += heap.retained[node]!;
    inside[c]!++;
    stack.push(node);
    leaving.push(true);
    for (let k = childCount[node]!; k < childCount[node + 1]!; k++) {
      stack.push(children[k]!);
      leaving.push(false);
    }
  }
  return new Map(heap.className.map((name, i) => [name, totals[i]!]));
}

const [beforeFile, afterFile, rowsArg] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('usage: tsx bench/soak/heap-diff.ts before.heapsnapshot after.heapsnapshot [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
/** Objects whose retained size grew less than this are left out of the last list. */
const MIN_GROWTH_KB = Number(process.env.HEAP_DIFF_MIN_KB ?? 256);
const before = parse(beforeFile);
const after = parse(afterFile);
const a = byClass(before);
const b = byClass(after);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(10);
const sum = (heap: Parsed) => heap.retained[0]!;
console.log(
  `reachable heap: ${kb(sum(before))} → ${kb(sum(after))} (${kb(sum(after) - sum(before))})`,
);
const names = new Set([...a.keys(), ...b.keys()]);
const diffs = [...names].map((name) => {
  const x = a.get(name) ?? { count: 0, self: 0, retained: 0 };
  const y = b.get(name) ?? { count: 0, self: 0, retained: 0 };
  return { name, x, y, dRetained: y.retained - x.retained, dSelf: y.self - x.self };
});
console.log(`\nBy constructor, largest growth in retained size first (top ${rows}):`);
console.log(
  `${'constructor'.padEnd(44)}${'objects'.padStart(16)}${'Δ shallow'.padStart(11)}${'retained before'.padStart(16)}${'after'.padStart(11)}${'Δ retained'.padStart(11)}`,
);
for (const d of diffs.sort((p, q) => q.dRetained - p.dRetained).slice(0, rows)) {
  console.log(
    `${d.name.slice(0, 43).padEnd(44)}${`${d.x.count}→${d.y.count}`.padStart(16)}${kb(d.dSelf).padStart(11)}${kb(d.x.retained).padStart(16)}${kb(d.y.retained)}${kb(d.dRetained)}`,
  );
}
console.log(`\nBy constructor, largest growth in shallow size first (top ${rows}):`);
for (const d of diffs.sort((p, q) => q.dSelf - p.dSelf).slice(0, rows)) {
  console.log(
    `${d.name.slice(0, 43).padEnd(44)}${`${d.x.count}→${d.y.count}`.padStart(16)}${kb(d.dSelf).padStart(11)}`,
  );
}

// The same objects (by heap id) in both snapshots whose retained size grew most, with who holds them.
const indexOf = new Map<number, number>();
for (let i = 0; i < before.nodeCount; i++) indexOf.set(before.ids[i]!, i);
const growers: Array<{ node: number; grew: number }> = [];
for (let i = 0; i < after.nodeCount; i++) {
  const j = indexOf.get(after.ids[i]!);
  if (j === undefined) continue;
  const grew = after.retained[i]! - before.retained[j]!;
  if (i > 0 && grew > MIN_GROWTH_KB * 1024) growers.push({ node: i, grew });
}
growers.sort((p, q) => q.grew - p.grew);
console.log('\nObjects in both whose retained size grew most (dominator chain, innermost first):');
for (const { node, grew } of growers.slice(0, rows)) {
  const chain: string[] = [];
  for (let at = node; at > 0 && chain.length < 8; at = after.idom[at]!) {
    chain.push(after.nodeLabel(at));
  }
  console.log(`${kb(grew)}  ${chain.join(' ← ')}`);
}
