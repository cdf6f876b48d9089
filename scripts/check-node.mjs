// Stops early, with one sentence, on a Node.js too old for Astro 7. Written in plain old JavaScript so
// that it runs on any Node version.
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < 22 || (parts[0] === 22 && parts[1] < 12)) {
  console.error('Netral needs Node.js 22.12 or newer (Node 24 LTS recommended); this is Node ' + process.versions.node + '.');
  process.exit(1);
}
