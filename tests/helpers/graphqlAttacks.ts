/**
 * The query an outside probe used to take the server down: treatment methods → their
 * contraindications → the methods each applies to (a join), `rounds` times, `limit` per page.
 */
export function joinRoundTrips(rounds: number, limit = 100): string {
  let inner = 'name'
  for (let round = 0; round < rounds; round++) {
    inner = `name contraindications { name treatmentMethods(limit: ${limit}) { docs { ${inner} } } }`
  }
  return `{ TreatmentMethods(limit: ${limit}) { docs { ${inner} } } }`
}
