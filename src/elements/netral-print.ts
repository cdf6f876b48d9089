// <netral-print>: enables the handout's print button (printing needs JavaScript; the browser's own
// Print command works without it).
class NetralPrint extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => window.print());
  }
}

customElements.define('netral-print', NetralPrint);
