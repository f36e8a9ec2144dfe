import { Command, Option } from 'clipanion';
import { initProject, listTemplates } from '../../pipeline/init.js';
import { WasmpackCommand } from '../base.js';

export class InitCommand extends WasmpackCommand {
  static override paths = [['init']];
  static override usage = Command.Usage({
    category: 'Project',
    description: 'Start a project from a template (Rust, C, Go, TinyGo or a prebuilt module)',
    details: `
      Writes a minimal program, a wasmpack.json with its $schema, a .gitignore, a Makefile with
      image/push targets and a GitHub workflow that builds and pushes the image. Existing files
      are never overwritten unless --force is given.
    `,
    examples: [
      ['List the templates', '$0 init --list'],
      ['Start a Rust project in ./hello', '$0 init hello --template rust'],
    ],
  });

  dir = Option.String({ required: false, name: 'DIR' });
  template = Option.String('--template', 'rust', { description: 'Template name (see --list)' });
  name = Option.String('--name', { description: 'Project name (default: the directory name)' });
  force = Option.Boolean('--force', false, { description: 'Overwrite existing files' });
  list = Option.Boolean('--list', false, { description: 'List the templates' });

  async run(): Promise<number> {
    if (this.list) {
      const templates = await listTemplates();
      const width = Math.max(...templates.map((t) => t.name.length));
      this.output(templates.map((t) => `${t.name.padEnd(width)}  ${t.description}`), templates.map(({ name, description, language }) => ({ name, description, language })));
      return 0;
    }
    const result = await initProject({ dir: this.dir ?? '.', template: this.template, name: this.name, force: this.force });
    this.reporter.succeed(`created ${result.name} from the ${result.template} template`);
    this.output(result.written, result);
    return 0;
  }
}
