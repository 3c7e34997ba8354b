import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../errors/user-error.type.js';
import { UserInputErrors } from '../errors/user-input-error.js';
import { toUserErrors } from '../errors/to-user-errors.js';
import type { Locale } from '../i18n/locale.js';
import type { ActionOption } from './workflow.js';

/** The GraphQL shape of a process's `viewerActionOptions`, one object type per process (its actions are its own enum). */
export function actionOptionType<E extends object>(name: string, actions: E) {
  @ObjectType(name, { description: 'A step the viewer may take now: whether it asks for a reason, and what already stands in its way.' })
  class ActionOptionType {
    @Field(() => actions)
    action!: E[keyof E];

    @Field({ description: 'The step is refused without a written reason.' })
    reasonRequired!: boolean;

    @Field(() => [UserError], { description: 'Why the step would be refused now (empty when nothing stands in its way yet).' })
    refusals!: UserError[];
  }
  return ActionOptionType;
}

/** The options in the viewer's language. */
export function presentOptions<A>(options: ActionOption<A>[], locale: Locale) {
  return options.map((o) => ({ action: o.action, reasonRequired: o.reasonRequired, refusals: toUserErrors(new UserInputErrors(o.refusals), locale) ?? [] }));
}
