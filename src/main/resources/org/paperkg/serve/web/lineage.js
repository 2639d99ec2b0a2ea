// The lineage page: search a method, draw what it extends and what extends it with Cytoscape.js,
// and show the evidence behind every node and edge. Talks to /api/methods and /api/lineage.
'use strict';

(() => {
  const $ = (selector) => document.querySelector(selector);
  const input = $('#method');
  const suggestions = $('#suggestions');
  const depthSelect = $('#depth');
  const details = $('#details');
  const message = $('#message');

  const NODE_COLOURS = {
    center: '#1c5bd9', ancestor: '#4c8df6', descendant: '#a5c8ff', related: '#ced4da',
    dataset: '#8ce99a', metric: '#ffe066', task: '#e599f7', paper: '#e9ecef',
  };
  const EDGE_COLOURS = {
    extends: '#1c5bd9', outperforms: '#e8590c', evaluatedOn: '#2b8a3e', improves: '#b08800',
    addresses: '#9c36b5', proposes: '#868e96', mentions: '#adb5bd',
  };
  const ROLE_TEXT = {
    center: 'searched method', ancestor: 'ancestor (the searched method builds on it)', descendant: 'descendant (builds on the searched method)',
    related: 'compared method',
  };
  const RELATION_TEXT = {
    extends: 'extends', outperforms: 'outperforms', evaluatedOn: 'is evaluated on',
    improves: 'improves', addresses: 'addresses', proposes: 'proposes', mentions: 'mentions',
  };

  const cy = cytoscape({
    container: $('#cy'),
    minZoom: 0.2,
    maxZoom: 2.5,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 13,
          'text-valign': 'center',
          'text-halign': 'center',
          'text-wrap': 'wrap',
          'text-max-width': 150,
          shape: 'round-rectangle',
          width: (n) => Math.min(170, Math.max(56, n.data('label').length * 7.6 + 22)),
          height: (n) => (n.data('label').length > 20 ? 46 : 32),
          'background-color': (n) => NODE_COLOURS[n.data('role')] || NODE_COLOURS.related,
          'border-width': 1,
          'border-color': '#495057',
          color: '#212529',
        },
      },
      { selector: 'node.center', style: { color: '#fff', 'font-weight': 'bold', 'font-size': 15, 'border-width': 3, 'border-color': '#0b3d91' } },
      { selector: 'node.ancestor', style: { color: '#fff' } },
      { selector: 'node[type = "Dataset"]', style: { shape: 'barrel' } },
      { selector: 'node[type = "Metric"]', style: { shape: 'ellipse' } },
      { selector: 'node[type = "Task"]', style: { shape: 'hexagon' } },
      {
        selector: 'edge',
        style: {
          'curve-style': 'bezier',
          width: 2,
          'line-color': (e) => EDGE_COLOURS[e.data('relation')] || '#868e96',
          'target-arrow-color': (e) => EDGE_COLOURS[e.data('relation')] || '#868e96',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 1.1,
          label: 'data(label)',
          'font-size': 11,
          color: (e) => EDGE_COLOURS[e.data('relation')] || '#495057',
          'text-background-color': '#fff',
          'text-background-opacity': 0.9,
          'text-background-padding': 2,
          'text-events': 'yes',
        },
      },
      { selector: 'edge[relation = "extends"]', style: { width: 3.5 } },
      // Where a method was evaluated and what it addresses: lighter and unlabelled (the legend says which is which),
      // so the lineage itself stands out.
      { selector: 'edge[relation = "evaluatedOn"], edge[relation = "addresses"]', style: { label: '', width: 1.5, opacity: 0.7 } },
      { selector: 'edge[relation = "evaluatedOn"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[relation = "addresses"]', style: { 'line-style': 'dotted' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f03e3e' } },
      { selector: 'edge:selected', style: { width: 5, 'z-index': 10 } },
    ],
  });
  window.paperkg = { cy, center: null };

  // ---------- building DOM without innerHTML (labels and sentences come from papers) ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v !== undefined && v !== null) node.setAttribute(k, v);
    });
    children.flat().forEach((c) => {
      if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
    });
    return node;
  }

  function label(id) {
    const n = cy.getElementById(id);
    return n.nonempty() ? n.data('label') : id;
  }

  function methodLink(id) {
    const n = cy.getElementById(id);
    if (n.empty() || n.data('type') !== 'Method') return label(id);
    const a = el('a', { href: '?method=' + encodeURIComponent(id), 'data-method': id }, label(id));
    return a;
  }

  function confidence(value) {
    if (value === undefined || value === null) return 'confidence unknown';
    return el('span', {}, el('span', { class: 'confidence' }, el('b', { style: 'width:' + Math.round(value * 100) + '%' })),
      'confidence ' + Number(value).toFixed(2));
  }

  function claims(edge) {
    const d = edge.data();
    const support = d.support || [];
    if (support.length === 0) {
      return [el('div', { class: 'claim ' + d.relation }, el('div', { class: 'what' },
        methodLink(d.source), ' ', RELATION_TEXT[d.relation] || d.relation, ' ', methodLink(d.target)),
        el('div', { class: 'meta' }, 'no evidence recorded'))];
    }
    return support.map((s) => el('div', { class: 'claim ' + d.relation },
      el('div', { class: 'what' }, methodLink(d.source), ' ', RELATION_TEXT[d.relation] || d.relation, ' ',
        methodLink(d.target), s.result ? ': ' + s.result.text : ''),
      s.evidence ? el('blockquote', {}, '“' + s.evidence + '”') : null,
      el('div', { class: 'meta' }, confidence(s.confidence)),
      el('div', { class: 'meta' }, 'from ', s.paperTitle ? el('cite', { title: s.paper || '' }, s.paperTitle) : (s.paper || 'unknown paper'))));
  }

  function showNode(node) {
    const d = node.data();
    const parts = [
      el('h2', {}, d.label),
      el('div', {}, el('span', { class: 'kind' }, d.type), ROLE_TEXT[d.role] ? el('span', { class: 'kind' }, ROLE_TEXT[d.role]) : null),
      el('div', { class: 'iri' }, d.id),
    ];
    if (d.type === 'Method' && d.id !== window.paperkg.center) {
      parts.push(el('a', { class: 'recenter', href: '?method=' + encodeURIComponent(d.id), 'data-method': d.id },
        'Show the lineage of ' + d.label + ' →'));
    }
    const edges = node.connectedEdges().sort((a, b) => a.data('relation').localeCompare(b.data('relation')));
    parts.push(el('h3', {}, edges.length + (edges.length === 1 ? ' statement' : ' statements')));
    edges.forEach((e) => parts.push(...claims(e)));
    details.replaceChildren(...parts);
  }

  function showEdge(edge) {
    const d = edge.data();
    details.replaceChildren(
      el('h2', {}, label(d.source), ' ', RELATION_TEXT[d.relation] || d.relation, ' ', label(d.target)),
      el('div', {}, el('span', { class: 'kind' }, d.relation),
        d.confidence !== undefined ? el('span', { class: 'kind' }, 'best confidence ' + Number(d.confidence).toFixed(2)) : null),
      el('h3', {}, (d.support || []).length + ' supporting ' + ((d.support || []).length === 1 ? 'claim' : 'claims')),
      ...claims(edge));
  }

  // ---------- layout: ancestors above, descendants below, attributes in a column on the right ----------

  const ROW = 150;
  const LINE = 64;
  const COLUMN = 210;
  const PER_LINE = 5;
  const ATTRIBUTE_STEP = 56;

  function positions(center) {
    const level = new Map([[center, 0]]);
    const walk = (up) => {
      const queue = [center];
      while (queue.length) {
        const m = queue.shift();
        const next = up
          ? cy.edges('[relation = "extends"]').filter((e) => e.data('source') === m).map((e) => e.data('target'))
          : cy.edges('[relation = "extends"]').filter((e) => e.data('target') === m).map((e) => e.data('source'));
        next.forEach((n) => {
          if (!level.has(n)) {
            level.set(n, level.get(m) + (up ? -1 : 1));
            queue.push(n);
          }
        });
      }
    };
    walk(true);
    walk(false);
    // Compared methods (outperforms) go in the row of the lineage method they are compared with, right beside it.
    const anchor = new Map();
    cy.nodes('[type = "Method"]').forEach((n) => {
      if (!level.has(n.id())) {
        const peer = n.connectedEdges().connectedNodes().filter((m) => level.has(m.id()) && m.id() !== n.id());
        const a = peer.nonempty() ? peer[0].id() : center;
        anchor.set(n.id(), a);
        level.set(n.id(), level.get(a));
      }
    });
    const rows = new Map();
    [...level.keys()].filter((id) => !anchor.has(id)).forEach((id) => {
      const l = level.get(id);
      if (!rows.has(l)) rows.set(l, []);
      rows.get(l).push(id);
    });
    const byLabel = (a, b) => label(a).localeCompare(label(b));
    const pos = {};
    const lineYs = [];
    let widest = 0;
    let y = 0;
    // One band per generation, ancestors first; a crowded generation wraps onto staggered lines.
    [...rows.keys()].sort((a, b) => a - b).forEach((l) => {
      const ids = [];
      rows.get(l).sort(byLabel).forEach((id) => {
        ids.push(id, ...[...anchor.keys()].filter((r) => anchor.get(r) === id).sort(byLabel));
      });
      for (let k = 0; k * PER_LINE < ids.length; k++) {
        const line = ids.slice(k * PER_LINE, (k + 1) * PER_LINE);
        const shift = k % 2 ? COLUMN / 2 : 0;
        line.forEach((id, i) => {
          pos[id] = { x: (i - (line.length - 1) / 2) * COLUMN + shift, y };
        });
        widest = Math.max(widest, ((line.length - 1) * COLUMN) / 2 + shift);
        lineYs.push(y);
        y += LINE;
      }
      y += ROW - LINE;
    });
    // Datasets, metrics and tasks in a column on the right, off the method lines,
    // so a line to them does not run along a row through other methods.
    const order = { Task: 0, Dataset: 1, Metric: 2 };
    const others = cy.nodes().filter((n) => !level.has(n.id()))
      .sort((a, b) => (order[a.data('type')] ?? 3) - (order[b.data('type')] ?? 3) || a.data('label').localeCompare(b.data('label')));
    // Slots halfway between generations (and above and below them), nearest the middle first.
    const ys = [...lineYs].sort((a, b) => a - b);
    const slots = [ys[0] - ROW / 2, ys[ys.length - 1] + ROW / 2];
    ys.slice(1).forEach((ly, i) => {
      if (ly - ys[i] >= ROW * 0.8) slots.push((ly + ys[i]) / 2);
    });
    const middle = (ys[0] + ys[ys.length - 1]) / 2;
    if (others.length <= slots.length) {
      const placed = slots.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b)
        .slice(0, others.length).sort((a, b) => a - b);
      others.forEach((n, i) => {
        pos[n.id()] = { x: widest + 340, y: placed[i] };
      });
    } else {
      // Many: columns about as tall as the methods, filled top to bottom, then left to right.
      const perColumn = Math.max(8, Math.ceil((ys[ys.length - 1] - ys[0] + ROW) / ATTRIBUTE_STEP));
      others.forEach((n, i) => {
        const column = Math.floor(i / perColumn);
        const inColumn = Math.min(perColumn, others.length - column * perColumn);
        const row = i % perColumn;
        pos[n.id()] = {
          x: widest + 300 + column * COLUMN,
          y: middle + (row - (inColumn - 1) / 2) * ATTRIBUTE_STEP + (column % 2 ? ATTRIBUTE_STEP / 2 : 0),
        };
      });
    }
    return pos;
  }

  // ---------- loading a lineage ----------

  async function show(method, depth, push) {
    document.body.dataset.state = 'loading';
    message.textContent = 'Loading the lineage of ' + method + '…';
    let body;
    let ok;
    try {
      const response = await fetch('api/lineage?method=' + encodeURIComponent(method) + '&depth=' + depth);
      ok = response.ok;
      body = await response.json();
    } catch (e) {
      ok = false;
      body = { error: 'cannot reach the server: ' + e };
    }
    cy.elements().remove();
    if (!ok) {
      document.body.dataset.state = 'error';
      message.textContent = body.error;
      return;
    }
    cy.add(body.elements.nodes.map((n) => ({ group: 'nodes', ...n })));
    cy.add(body.elements.edges.map((e) => ({ group: 'edges', ...e })));
    window.paperkg.center = body.center.iri;
    const pos = positions(body.center.iri);
    cy.layout({ name: 'preset', positions: (n) => pos[n.id()], fit: true, padding: 60 }).run();
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    input.value = body.center.label;
    depthSelect.value = String(body.depth);
    const url = '?method=' + encodeURIComponent(body.center.iri) + '&depth=' + body.depth;
    if (push) history.pushState({ method: body.center.iri, depth: body.depth }, '', url);
    document.title = body.center.label + ' · paperkg lineage';
    showNode(cy.getElementById(body.center.iri));
    document.body.dataset.state = 'loaded';
  }

  cy.on('tap', 'node', (event) => showNode(event.target));
  cy.on('tap', 'edge', (event) => showEdge(event.target));

  details.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-method]');
    if (link) {
      event.preventDefault();
      show(link.dataset.method, depthSelect.value, true);
    }
  });

  window.addEventListener('popstate', () => load(false));

  function load(push) {
    const params = new URLSearchParams(location.search);
    if (params.get('method')) {
      show(params.get('method'), params.get('depth') || depthSelect.value, push);
    }
  }

  // ---------- search with autocompletion ----------

  let active = -1;
  let pending = 0;

  function hideSuggestions() {
    suggestions.hidden = true;
    active = -1;
  }

  function choose(item) {
    hideSuggestions();
    input.value = item.textContent;
    show(item.dataset.iri, depthSelect.value, true);
  }

  input.addEventListener('input', () => {
    const text = input.value.trim();
    const ticket = ++pending;
    if (!text) {
      hideSuggestions();
      return;
    }
    setTimeout(async () => {
      if (ticket !== pending) return;
      const response = await fetch('api/methods?limit=12&prefix=' + encodeURIComponent(text));
      const methods = response.ok ? await response.json() : [];
      if (ticket !== pending) return;
      suggestions.replaceChildren(...methods.map((m) => el('li', { role: 'option', 'data-iri': m.iri }, m.label)));
      suggestions.hidden = methods.length === 0;
      active = -1;
    }, 120);
  });

  suggestions.addEventListener('mousedown', (event) => {
    const item = event.target.closest('li');
    if (item) {
      event.preventDefault();
      choose(item);
    }
  });

  input.addEventListener('keydown', (event) => {
    const items = [...suggestions.children];
    if (suggestions.hidden || items.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items.forEach((li, i) => li.classList.toggle('active', i === active));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      hideSuggestions();
    }
  });

  input.addEventListener('blur', () => setTimeout(hideSuggestions, 150));

  $('#search').addEventListener('submit', (event) => {
    event.preventDefault();
    hideSuggestions();
    if (input.value.trim()) show(input.value.trim(), depthSelect.value, true);
  });

  load(false);
})();
