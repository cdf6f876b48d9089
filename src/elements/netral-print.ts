// <netral-print>: enables the handout's print button (printing needs JavaScript; the browser's own
// Print command works without it).
import { KitElement } from './kit';

class NetralPrint extends KitElement {
  protected start(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.disabled = false;
    this.listen(button, 'click', () => window.print());
  }
}

customElements.define('netral-print', NetralPrint);
