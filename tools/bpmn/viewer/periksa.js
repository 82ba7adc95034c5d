// Renders BPMN files with bpmn-js, one after the other, and reports for each,
// from the element registry and the rendered SVG, what a person would see:
// the lanes and their label text, the lane each task is drawn in, shapes that
// overlap and labels that overlap shapes or other labels.
// Query: ?berkas=URL (repeatable) [&zoom=Z&x=X&y=Y for a screenshot of a part].
// Output: a JSON array, one object per file, in <pre id="hasil">.
'use strict';

const box = (e) => ({ x: e.x, y: e.y, w: e.width, h: e.height });
const inside = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function check(viewer) {
  const registry = viewer.get('elementRegistry');
  // The drawn text, one line per tspan, lines joined by a space.
  const lines = (text) => {
    const spans = text.querySelectorAll('tspan');
    return spans.length ? Array.from(spans).map((s) => s.textContent) : [text.textContent];
  };
  const svgText = (e) => {
    const gfx = registry.getGraphics(e);
    return gfx ? Array.from(gfx.querySelectorAll('text')).flatMap(lines).join(' ').replace(/\s+/g, ' ').trim() : '';
  };
  // Bounding box of an element's drawn text, relative to the element.
  const textBox = (e) => {
    const text = registry.getGraphics(e).querySelector('text');
    const bb = text ? text.getBBox() : { x: 0, y: 0, width: 0, height: 0 };
    return { x: bb.x, y: bb.y, w: bb.width, h: bb.height };
  };
  const lanes = registry.filter((e) => e.type === 'bpmn:Lane').map((e) => ({
    id: e.id, name: e.businessObject.name || '', text: svgText(e), bounds: box(e),
    members: (e.businessObject.flowNodeRef || []).map((n) => n.id),
  }));
  const tasks = registry.filter((e) => e.type === 'bpmn:UserTask').map((e) => {
    const b = box(e);
    return {
      id: e.id, name: e.businessObject.name || '', text: svgText(e), bounds: b, textBox: textBox(e),
      drawnIn: lanes.filter((l) => inside(b, l.bounds)).map((l) => l.id),
      declaredIn: lanes.filter((l) => l.members.includes(e.id)).map((l) => l.id),
    };
  });
  // Shapes a person reads as separate things (a boundary event sits on its task by design).
  const shapes = registry.filter((e) => !e.waypoints && e.type !== 'label' && e.parent &&
    !['bpmn:Participant', 'bpmn:Lane', 'bpmn:BoundaryEvent'].includes(e.type));
  const overlaps = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      if (overlap(box(shapes[i]), box(shapes[j]))) overlaps.push([shapes[i].id, shapes[j].id]);
    }
  }
  // Rendered text of external labels, in diagram coordinates.
  const labels = registry.filter((e) => e.type === 'label').map((e) => {
    const bb = textBox(e);
    return { id: e.labelTarget.id, text: svgText(e), bounds: { x: e.x + bb.x, y: e.y + bb.y, w: bb.w, h: bb.h } };
  }).filter((l) => l.text);
  const labelOverlaps = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlap(labels[i].bounds, labels[j].bounds)) labelOverlaps.push([labels[i].id, labels[j].id]);
    }
    for (const s of shapes) {
      if (s.id !== labels[i].id && overlap(labels[i].bounds, box(s))) labelOverlaps.push([labels[i].id, s.id]);
    }
  }
  const count = (...types) => registry.filter((e) => types.includes(e.type)).length;
  return {
    pool: registry.filter((e) => e.type === 'bpmn:Participant').map((e) => ({ id: e.id, name: e.businessObject.name, text: svgText(e), bounds: box(e) })),
    lanes, tasks, overlaps, labels, labelOverlaps,
    counts: {
      userTask: tasks.length,
      exclusiveGateway: count('bpmn:ExclusiveGateway'),
      boundaryEvent: count('bpmn:BoundaryEvent'),
      dataObjectReference: count('bpmn:DataObjectReference'),
      sequenceFlow: count('bpmn:SequenceFlow'),
      dataAssociation: count('bpmn:DataInputAssociation', 'bpmn:DataOutputAssociation'),
    },
  };
}

(async function () {
  const params = new URLSearchParams(location.search);
  const viewer = new BpmnJS({ container: '#kanvas' });
  const canvas = viewer.get('canvas');
  const results = [];
  for (const url of params.getAll('berkas')) {
    const report = { berkas: url, ok: false };
    try {
      const xml = await (await fetch(url)).text();
      const { warnings } = await viewer.importXML(xml);
      report.warnings = warnings.map((w) => String(w.message || w));
      Object.assign(report, check(viewer), { ok: true });
    } catch (err) {
      report.error = String(err && err.stack || err);
    }
    results.push(report);
  }
  if (params.get('zoom')) {
    const z = Number(params.get('zoom'));
    const vb = canvas.viewbox();
    canvas.viewbox({ x: Number(params.get('x') || 0), y: Number(params.get('y') || 0), width: vb.outer.width / z, height: vb.outer.height / z });
  } else {
    canvas.zoom('fit-viewport');
  }
  document.getElementById('hasil').textContent = JSON.stringify(results);
  document.title = 'selesai';
})();
