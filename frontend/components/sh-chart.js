// <sh-chart>: a small web component around Apache ECharts. The server sets `option` (an ECharts
// option object as JSON text); the chart redraws and follows its element's size.
import * as echarts from 'echarts';

class ShChart extends HTMLElement {
  static get observedAttributes() { return ['option']; }

  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this._container.style.width = '100%';
      this._container.style.height = '100%';
      this.appendChild(this._container);
    }
    this._chart = echarts.init(this._container, null, { renderer: 'svg' });
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resizeObserver) this._resizeObserver.disconnect();
    if (this._chart) { this._chart.dispose(); this._chart = null; }
  }

  attributeChangedCallback() { this._render(); }

  _render() {
    if (!this._chart) return;
    const text = this.getAttribute('option');
    if (!text) return;
    try {
      this._chart.setOption(JSON.parse(text), true);
    } catch (e) {
      console.error('sh-chart: bad option', e);
    }
  }
}

if (!customElements.get('sh-chart')) customElements.define('sh-chart', ShChart);
