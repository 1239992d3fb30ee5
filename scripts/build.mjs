// Builds every artefact: dist/ (exactly what clasp pushes) and build/ (the CLI, examples, bench).
import { buildCli } from "./build-cli.mjs";
import { buildGas } from "./build-gas.mjs";
import { buildSidebar } from "./build-sidebar.mjs";

await Promise.all([buildGas(), buildSidebar(), buildCli()]);
