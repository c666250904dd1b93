import type { Seed } from '@oxios/sdk-client';

/** The seed's spec: constraints, acceptance criteria with their success contracts, ontology, principles, exits. */
export function SeedSpec({ seed }: { readonly seed: Seed }) {
  return (
    <section class="panel" aria-labelledby="spec-title">
      <h2 id="spec-title">Spec</h2>
      <h3>Acceptance criteria</h3>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Acceptance criteria</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Verify</th>
              <th scope="col">Expected files</th>
              <th scope="col">Output must contain</th>
            </tr>
          </thead>
          <tbody>
            {seed.acceptanceCriteria.map((criterion) => (
              <tr key={criterion.key}>
                <td>{criterion.description}</td>
                <td>{criterion.verify === undefined ? '—' : <code>{criterion.verify.join(' ')}</code>}</td>
                <td>{criterion.expectedArtifacts.length === 0 ? '—' : criterion.expectedArtifacts.join(', ')}</td>
                <td>{criterion.outputAssertion === undefined ? '—' : <code>{criterion.outputAssertion}</code>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {seed.constraints.length > 0 && (
        <>
          <h3>Constraints</h3>
          <ul>
            {seed.constraints.map((constraint) => (
              <li key={constraint}>{constraint}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Ontology: {seed.ontology.name}</h3>
      <p class="muted">{seed.ontology.description}</p>
      <ul>
        {seed.ontology.fields.map((field) => (
          <li key={field.name}>
            <code>{field.name}</code> ({field.type}
            {field.required ? ', required' : ''}) — {field.description}
          </li>
        ))}
      </ul>
      {seed.evaluationPrinciples.length > 0 && (
        <>
          <h3>Evaluation principles</h3>
          <ul>
            {seed.evaluationPrinciples.map((principle) => (
              <li key={principle.name}>
                <strong>{principle.name}</strong> (weight {principle.weight}) — {principle.description}
              </li>
            ))}
          </ul>
        </>
      )}
      {seed.exitConditions.length > 0 && (
        <>
          <h3>Exit conditions</h3>
          <ul>
            {seed.exitConditions.map((condition) => (
              <li key={condition.name}>
                <strong>{condition.name}</strong>: {condition.criteria}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
