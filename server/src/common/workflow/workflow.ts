import { AccessError, UserInputError, UserInputErrors } from '../errors/user-input-error.js';
import { AuthError, type ErrorCode } from '../errors/catalogue.js';

/** A condition a step requires; it answers with what is wrong (nothing when it holds). */
export type Guard<C> = (context: C) => Promise<UserInputError[]>;

/** Something a step changes besides the state; runs only once every guard holds. */
export type Effect<C> = (context: C) => Promise<void> | void;

/** One row of a process table: from which states, by whom, to which state, and what must hold. */
export interface Step<S, A, W, C> {
  action: A;
  from: readonly S[];
  /** `null`: the state stays (the step sets a mark, such as published or adopted). */
  to: S | null;
  /** Any one of these parties may take it. */
  who: readonly W[];
  /** The step needs a written reason (checked with the guards, after them). */
  reason?: boolean;
  /** What must hold, in the order the user should fix it. */
  guards?: readonly Guard<C>[];
  effects?: readonly Effect<C>[];
  /** The mutation that takes the step when it carries more than a reason (evidence, a notice); absent: the process's generic one. */
  via?: string;
}

/** Where the subject stands and who the viewer is to it, for one check. */
export interface Position<S, W, C> {
  state: S;
  actors: ReadonlySet<W>;
  reason?: string | null;
  context: C;
}

/** What the viewer could do now: one step, whether it asks for a reason, and why it would be refused. */
export interface ActionOption<A> {
  action: A;
  reasonRequired: boolean;
  /** The guards that fail already (the reason is never counted: it is written when acting). */
  refusals: UserInputError[];
}

export interface WorkflowRules<S, A> {
  /** The refusal for a step the table has, but not from this state. */
  notNow: (state: S, action: A) => UserInputError;
  /** The refusal for a step that needs a reason and has none. */
  reasonCode: ErrorCode;
  /** Whether a stranger to the step is refused before its state is looked at (the older APIs differ). */
  whoFirst: boolean;
}

/**
 * One process as a table of steps. Every process of the system (nomination, studio, suggestion) is a
 * table of this kernel: the services take steps through `take`, the `viewerActions` fields list
 * `options`, and the model tests walk `steps`. Nothing changes until the step is known to be allowed.
 */
export class Workflow<S, A, W, C> {
  private readonly byAction: Map<A, Step<S, A, W, C>>;

  constructor(readonly steps: readonly Step<S, A, W, C>[], private readonly rules: WorkflowRules<S, A>) {
    this.byAction = new Map(steps.map((s) => [s.action, s]));
    if (this.byAction.size !== steps.length) throw new Error('a process table has one row per action');
  }

  step(action: A): Step<S, A, W, C> {
    const step = this.byAction.get(action);
    if (!step) throw new Error(`no step ${String(action)} in the table`);
    return step;
  }

  /** The steps open from `state` to any of `actors`, by the table alone. */
  open(state: S, actors: ReadonlySet<W>): Step<S, A, W, C>[] {
    return this.steps.filter((s) => s.from.includes(state) && s.who.some((w) => actors.has(w)));
  }

  /** Who may take `action` at all (from some state). */
  takers(action: A): readonly W[] {
    return this.step(action).who;
  }

  /** Every refusal of the step's guards and reason, collected (nothing is changed). */
  async problems(step: Step<S, A, W, C>, at: Position<S, W, C>, withReason = true): Promise<UserInputError[]> {
    const problems: UserInputError[] = [];
    for (const guard of step.guards ?? []) problems.push(...(await guard(at.context)));
    if (withReason && step.reason && !at.reason?.trim()) problems.push(new UserInputError(this.rules.reasonCode, ['reason']));
    return problems;
  }

  /** The row, when the viewer may take the step now; otherwise the refusal (access, state, or every unmet guard). */
  async check(action: A, at: Position<S, W, C>): Promise<Step<S, A, W, C>> {
    const step = this.step(action);
    const stranger = !step.who.some((w) => at.actors.has(w));
    const notNow = !step.from.includes(at.state);
    if (stranger && this.rules.whoFirst) throw new AccessError(AuthError.Forbidden);
    if (notNow) throw this.rules.notNow(at.state, action);
    if (stranger) throw new AccessError(AuthError.Forbidden);
    const problems = await this.problems(step, at);
    if (problems.length) throw new UserInputErrors(problems);
    return step;
  }

  /** Checks the step, then runs its effects; returns the row (the caller moves the state and writes history). */
  async take(action: A, at: Position<S, W, C>): Promise<Step<S, A, W, C>> {
    const step = await this.check(action, at);
    for (const effect of step.effects ?? []) await effect(at.context);
    return step;
  }

  /**
   * The steps open to the viewer now, each with whether it needs a reason and the guards that already
   * fail. `checked` limits which guards are run (reading a list should not run every guard of every row).
   */
  async options(at: Position<S, W, C>, checked: (guard: Guard<C>) => boolean = () => true): Promise<ActionOption<A>[]> {
    const options: ActionOption<A>[] = [];
    for (const step of this.open(at.state, at.actors)) {
      const guards = (step.guards ?? []).filter(checked);
      options.push({ action: step.action, reasonRequired: !!step.reason, refusals: await this.problems({ ...step, guards }, at, false) });
    }
    return options;
  }
}
