/** Entry of the built command line (cli/dist/buurtstem.mjs). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
