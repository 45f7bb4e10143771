import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
// inlined and put in the page's head: bpmn-js draws in the light DOM, where the page's styles apply
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';
import bpmnFontCss from 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css?inline';

/** How many shades of red the heat map has: pd-heat-1 (lightest) to pd-heat-5 (darkest). */
const HEAT_LEVELS = 5;
const HEAT_FILLS = ['#fde0dc', '#f9a99b', '#f36c5a', '#d7301f', '#990000'];

const STYLE = `
bpmn-diagram { display: block; position: relative; border: 1px solid var(--lumo-contrast-10pct, #ddd); }
bpmn-diagram > .pd-canvas { width: 100%; height: 100%; }
bpmn-diagram .djs-shape.pd-passed .djs-visual > :nth-child(1) { stroke: #2e7d32 !important; stroke-width: 3px !important; }
bpmn-diagram .djs-connection.pd-passed .djs-visual > path { stroke: #2e7d32 !important; stroke-width: 2.5px !important; }
bpmn-diagram .djs-shape.pd-current .djs-visual > :nth-child(1) { stroke: #ef6c00 !important; stroke-width: 4px !important; fill: #fff3e0 !important; }
${HEAT_FILLS.map((fill, index) => `bpmn-diagram .djs-shape.pd-heat-${index + 1} .djs-visual > :nth-child(1) { fill: ${fill} !important; }`).join('\n')}
bpmn-diagram .pd-heat-4 .djs-visual > text, bpmn-diagram .pd-heat-5 .djs-visual > text { fill: #fff !important; }
bpmn-diagram .pd-badge { background: #37474f; color: #fff; border-radius: 8px; padding: 0 6px; font: 11px/16px sans-serif; white-space: nowrap; }
`;

type Diagram = {
  importXML(xml: string): Promise<unknown>;
  get(service: string): any;
  destroy(): void;
};

/**
 * A BPMN diagram, read-only (zoom with the wheel, pan by dragging): the path a case took (pd-passed), where it waits
 * (pd-current), a heat map (pd-heat-1..5) and badges on elements. Fires 'element-click' with the element's id. Sets
 * data-rendered="true" once the diagram is drawn with its markers.
 */
class BpmnDiagram extends HTMLElement {
  private viewer?: Diagram;
  private importedXml?: string;
  private markers: Array<[string, string]> = [];
  private pending?: Promise<void>;
  private state: { xml: string; passed: string[]; current: string[]; badges: Record<string, string>; heat: Record<string, number> } = {
    xml: '', passed: [], current: [], badges: {}, heat: {},
  };

  get xml() { return this.state.xml; }
  set xml(value: string) { this.state.xml = value ?? ''; this.redraw(); }
  get passed() { return this.state.passed; }
  set passed(value: string[]) { this.state.passed = value ?? []; this.redraw(); }
  get current() { return this.state.current; }
  set current(value: string[]) { this.state.current = value ?? []; this.redraw(); }
  get badges() { return this.state.badges; }
  set badges(value: Record<string, string>) { this.state.badges = value ?? {}; this.redraw(); }
  get heat() { return this.state.heat; }
  set heat(value: Record<string, number>) { this.state.heat = value ?? {}; this.redraw(); }

  connectedCallback() {
    if (!document.getElementById('pd-bpmn-diagram-style')) {
      const style = document.createElement('style');
      style.id = 'pd-bpmn-diagram-style';
      style.textContent = [diagramCss, bpmnCss, bpmnFontCss, STYLE].join('\n');
      document.head.appendChild(style);
    }
    if (!this.viewer) {
      for (const property of ['xml', 'passed', 'current', 'badges', 'heat']) {
        this.upgrade(property);
      }
      const canvas = document.createElement('div');
      canvas.className = 'pd-canvas';
      this.appendChild(canvas);
      this.viewer = new NavigatedViewer({ container: canvas }) as unknown as Diagram;
      this.viewer.get('eventBus').on('element.click', (event: { element: { id: string } }) => {
        if (event.element !== this.viewer!.get('canvas').getRootElement()) {
          this.dispatchEvent(new CustomEvent('element-click', { detail: { elementId: event.element.id } }));
        }
      });
    }
    this.redraw();
  }

  /** A property Vaadin set before this element was defined shadows its setter: moved behind the setter here. */
  private upgrade(property: string) {
    if (Object.prototype.hasOwnProperty.call(this, property)) {
      const value = (this as any)[property];
      delete (this as any)[property];
      (this as any)[property] = value;
    }
  }

  private redraw() {
    if (!this.viewer) {
      return;
    }
    this.removeAttribute('data-rendered');
    const previous = this.pending ?? Promise.resolve();
    this.pending = previous.then(() => this.draw()).catch((failure) => console.error('bpmn-diagram', failure));
  }

  private async draw() {
    const viewer = this.viewer!;
    if (!this.state.xml) {
      return;
    }
    if (this.importedXml !== this.state.xml) {
      this.markers = [];
      await viewer.importXML(this.state.xml);
      this.importedXml = this.state.xml;
      viewer.get('canvas').zoom('fit-viewport');
    }
    this.decorate(viewer);
    this.setAttribute('data-rendered', 'true');
  }

  private decorate(viewer: Diagram) {
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const overlays = viewer.get('overlays');
    this.markers.forEach(([id, marker]) => canvas.removeMarker(id, marker));
    overlays.clear();
    const wanted: Array<[string, string]> = [
      ...this.state.passed.map((id): [string, string] => [id, 'pd-passed']),
      ...this.state.current.map((id): [string, string] => [id, 'pd-current']),
      ...Object.entries(this.state.heat).filter(([, share]) => share > 0)
        .map(([id, share]): [string, string] => [id, `pd-heat-${Math.min(HEAT_LEVELS, Math.ceil(share * HEAT_LEVELS))}`]),
    ];
    this.markers = wanted.filter(([id]) => registry.get(id));
    this.markers.forEach(([id, marker]) => canvas.addMarker(id, marker));
    Object.entries(this.state.badges).filter(([id]) => registry.get(id)).forEach(([id, text]) => {
      const badge = document.createElement('div');
      badge.className = 'pd-badge';
      badge.textContent = text;
      overlays.add(id, 'pd-badge', { position: { bottom: 4, right: 10 }, html: badge });
    });
  }
}

customElements.define('bpmn-diagram', BpmnDiagram);
