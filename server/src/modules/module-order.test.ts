import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODULE_ORDER } from './module-order.js';

const MODULES_DIR = path.dirname(fileURLToPath(import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The module a path under modules/ belongs to (its first folder), or null for modules/index.ts and outside. */
function moduleOf(file: string): string | null {
  const relative = path.relative(MODULES_DIR, file);
  if (relative.startsWith('..')) return null;
  const parts = relative.split(path.sep);
  return parts.length > 1 ? parts[0] : null;
}

interface BackwardImport {
  file: string;
  from: string;
  imports: string;
  to: string;
}

/**
 * Every import (static, dynamic, re-export, and type-only too: a type ties a module to another's shape
 * as much as a value does, and a cycle of types is the first step to one of values) from a module to
 * one placed later in MODULE_ORDER. Tests beside the code count as well: they are part of their module.
 */
function backwardImports(files: string[], read: (file: string) => string = (f) => readFileSync(f, 'utf8')): BackwardImport[] {
  const found: BackwardImport[] = [];
  for (const file of files) {
    const from = moduleOf(file);
    if (from === null) continue;
    for (const imported of ts.preProcessFile(read(file), true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), imported.fileName);
      // modules/index.ts comes after every module: it imports them all.
      const to = target === path.join(MODULES_DIR, 'index.js') ? 'index' : moduleOf(target);
      if (to === null || to === from) continue;
      if (to === 'index' || MODULE_ORDER.indexOf(to) > MODULE_ORDER.indexOf(from)) {
        found.push({ file: path.relative(MODULES_DIR, file), from, imports: imported.fileName, to });
      }
    }
  }
  return found;
}

describe('module order', () => {
  const files = filesUnder(MODULES_DIR);

  it('places every module', () => {
    const modules = [...new Set(files.map(moduleOf).filter((m): m is string => m !== null))];
    expect(modules.filter((m) => !MODULE_ORDER.includes(m))).toEqual([]);
  });

  it('has no module import one placed after it, so modules never import each other in a circle', () => {
    expect(backwardImports(files)).toEqual([]);
  });

  it('notices a backward import, type-only ones included', () => {
    const campaign = path.join(MODULES_DIR, 'campaign', 'campaign.service.ts');
    const source = "import type { Nomination } from '../nomination/nomination.entity.js';\nimport { audit } from '../audit/audit.service.js';\n";
    expect(backwardImports([campaign], () => source)).toEqual([
      { file: path.join('campaign', 'campaign.service.ts'), from: 'campaign', imports: '../nomination/nomination.entity.js', to: 'nomination' },
    ]);
    expect(backwardImports([campaign], () => "import { entities } from '../index.js';\n")).toEqual([
      { file: path.join('campaign', 'campaign.service.ts'), from: 'campaign', imports: '../index.js', to: 'index' },
    ]);
  });
});
