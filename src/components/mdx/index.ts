// The components authors can use in lessons without importing them (passed to <Content components>).
import Callout from './Callout.astro';
import Notes from './Notes.astro';
import Quiz from './Quiz.astro';
import Ref from './Ref.astro';
import Scenario from './Scenario.astro';
import SlideBreak from './SlideBreak.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Notes, Quiz, Ref, Scenario, SlideBreak, Term };
