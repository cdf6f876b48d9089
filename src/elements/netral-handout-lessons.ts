// <netral-handout-lessons>: a module's handout puts its lessons' handouts in place of the list of links
// it was built with, so each lesson's handout is built once. Attributes: data-paths (JSON list of lesson
// handout addresses, relative to the base), data-strings (group "sessionPlanner").
import { KitElement, readJson, readStrings } from './kit';
import { lessonHandouts } from './handout-assembly';

export class NetralHandoutLessons extends KitElement {
  protected async start(): Promise<void> {
    const strings = readStrings<'sessionPlanner'>(this);
    const articles = await lessonHandouts(readJson<string[]>(this, 'paths', []), strings['session.loadFailed']);
    this.replaceChildren(...articles);
  }
}

customElements.define('netral-handout-lessons', NetralHandoutLessons);
