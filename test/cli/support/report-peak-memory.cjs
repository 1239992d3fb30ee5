// Preloaded into the CLI by the tests: writes the process's peak resident memory (KB) at exit.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  writeFileSync(process.env.CHIBO4TOT_PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS));
});
