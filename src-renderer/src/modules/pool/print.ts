/** Prints one section of the page (print CSS shows only `[data-print-section=<name>]`). */
export function printSection(name: string): void {
  document.body.dataset.poolPrint = name;
  const done = () => {
    delete document.body.dataset.poolPrint;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
