import { BOUNDARY } from './sections';

// Skills sit one per line under "Skills and Expertise" (Upwork's tags, at most a few dozen).

/** The proposal form keeps skills of up to 60 characters, 50 of them. */
const MAX_SKILL = 60;
const MAX_SKILLS = 50;

/** Not a tag: "+3" (more tags folded away), a bullet of prose, a label. */
const NOT_A_SKILL = /^\+\d+$|^[-*\u2022\u00b7]|:$/;

export function readSkills(lines: readonly string[]): string[] | undefined {
  const seen = new Map<string, string>();
  for (const line of lines) {
    if (line === BOUNDARY || line.length > MAX_SKILL || NOT_A_SKILL.test(line)) continue;
    const key = line.toLowerCase();
    if (!seen.has(key)) seen.set(key, line);
  }
  const skills = [...seen.values()];
  return skills.length > 0 && skills.length <= MAX_SKILLS ? skills : undefined;
}
