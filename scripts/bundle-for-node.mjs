// Bundles a TypeScript entry (a bench, the picture maker) into one ES module for Node 20, dependencies
// left to node_modules, so a script can run it in a node process of its own.
import { build } from "esbuild";

export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}
