/**
 * The Partner Points Estimator: "what if we attained more competencies, or earned more points?"
 * It starts from the membership's recorded points and updates as the person types; nothing is
 * saved. The arithmetic and the qualification are the shared rules' (`estimatePoints`).
 */
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { IsoDate } from '../../../../shared/dates';
import type { Membership } from '../../../../shared/interchange/schema';
import {
  estimateChangeSchema,
  estimatePoints,
  type EstimateChange,
  type PointsEstimate,
} from '../../../../shared/rules/estimator';
import type { Ruleset } from '../../../../shared/rules/ruleset';
import { Field } from '../../components/Field';
import { LEVEL_LABELS } from '../../../../shared/vocabulary/labels';

type EstimateInput = { addCompetencies: number; addPoints: number };

const NO_CHANGE: EstimateInput = { addCompetencies: 0, addPoints: 0 };
const POINT_LEVELS = ['certified', 'gold'] as const;

/** `Gold Certified Partner (N points): 10 points short`, or reached and whether the level qualifies. */
export function pointsLine(
  level: (typeof POINT_LEVELS)[number],
  estimate: PointsEstimate,
  required: number,
): string {
  const head = `${LEVEL_LABELS[level]} (${required} points): `;
  if (!estimate.pointsQualify[level]) return `${head}${estimate.shortfall[level]} points short`;
  return `${head}points reached; ${estimate.qualifies[level] ? 'qualifies' : 'other requirements still missing'}`;
}

export function PointsEstimator({
  membership,
  asOf,
  ruleset,
}: {
  readonly membership: Membership;
  readonly asOf: IsoDate;
  /** The workspace's ruleset: the estimate evaluates under it, as the wizard does. */
  readonly ruleset: Ruleset;
}) {
  const form = useForm<EstimateInput, unknown, EstimateChange>({
    resolver: zodResolver(estimateChangeSchema),
    defaultValues: NO_CHANGE,
    mode: 'onChange',
  });
  const { register, formState, control } = form;
  const values = useWatch({ control });
  const change = estimateChangeSchema.safeParse(values);
  const data = change.success ? change.data : null;
  const estimate = useMemo(
    () => (data ? estimatePoints(membership, asOf, data, ruleset) : null),
    // The change is compared by its two numbers, not by the object parsed on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [membership, asOf, ruleset, data?.addCompetencies, data?.addPoints],
  );
  const { perCompetency, firstCompetencyBonus } = ruleset.points;

  return (
    <div className="estimator">
      <form
        className="form estimator__form"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-label="What if"
      >
        <div className="grid grid--2">
          <Field
            label="More competencies attained"
            hint={`${perCompetency} points each, plus ${firstCompetencyBonus} once for the first`}
            error={formState.errors.addCompetencies?.message}
          >
            <input
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              {...register('addCompetencies', { valueAsNumber: true })}
            />
          </Field>
          <Field
            label="More points from other ways"
            hint="Points awarded for other activities"
            error={formState.errors.addPoints?.message}
          >
            <input
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              {...register('addPoints', { valueAsNumber: true })}
            />
          </Field>
        </div>
        <button type="button" className="button button--small" onClick={() => form.reset(NO_CHANGE)}>
          Back to the recorded points
        </button>
      </form>
      {estimate ? (
        <div className="estimator__result">
          <table className="table estimator__table">
            <caption className="visually-hidden">Partner points now and with the changes</caption>
            <thead>
              <tr>
                <th scope="col">Points</th>
                <th scope="col" className="num">
                  Recorded
                </th>
                <th scope="col" className="num">
                  With the changes
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Competencies</th>
                <td className="num">{estimate.current.competencies}</td>
                <td className="num">{estimate.estimated.competencies}</td>
              </tr>
              <tr>
                <th scope="row">First-competency bonus</th>
                <td className="num">{estimate.current.bonus}</td>
                <td className="num">{estimate.estimated.bonus}</td>
              </tr>
              <tr>
                <th scope="row">Other ways</th>
                <td className="num">{estimate.current.other}</td>
                <td className="num">{estimate.estimated.other}</td>
              </tr>
              <tr className="table__total">
                <th scope="row">Total</th>
                <td className="num">{estimate.current.total}</td>
                <td className="num" data-testid="estimate-total">
                  {estimate.estimated.total}
                </td>
              </tr>
            </tbody>
          </table>
          <div role="status" data-testid="estimate-levels">
            <ul className="estimator__levels">
              {POINT_LEVELS.map((level) => (
                <li key={level}>{pointsLine(level, estimate, ruleset.points[level])}</li>
              ))}
            </ul>
          </div>
          <p className="card__note">Nothing here is saved: record real changes in the Certified tab.</p>
        </div>
      ) : null}
    </div>
  );
}
