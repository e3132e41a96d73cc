import { Command } from 'commander';

const program = new Command('keyward');
program.description('Keyward: a local vault for exchange API keys').version('0.1.0');
program.parse();
