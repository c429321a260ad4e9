import MarkdownIt from 'markdown-it'; import fs from 'fs';
const md = new MarkdownIt({ html: true });
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(input.map(s => md.render(s))));
