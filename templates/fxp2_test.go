package templates

import "testing"

// Review fxp2 (contribution policy: DCO and inbound=outbound routes,
// security, AI, recognition, process and privacy): the clauses each
// option produces, in both languages, and their absence where the option
// is off.

// fxp2-1, fxp2-6: a manufacturer under the Cyber Resilience Act states the
// deadlines of the final reports (Article 14(2)(c) and (4)(c)) and reports
// vulnerabilities in integrated components upstream (Article 13(6)); a
// steward, or a policy without the CRA, says neither.
func TestFxp2CRAManufacturerReports(t *testing.T) {
	final := [2]string{"then a final report no later than fourteen (14) days after a corrective or mitigating measure is available, for a vulnerability, and within one month of the notification, for a severe incident (Article 14(2) and (4))", "puis un rapport final au plus tard quatorze (14) jours après qu’une mesure corrective ou d’atténuation est disponible, pour une vulnérabilité, et dans un délai d’un mois à compter de la notification, pour un incident grave (article 14, paragraphes 2 et 4)"}
	upstream := [2]string{"it shall report it to the person or entity that manufactures or maintains that component and, where it has developed a fix, share that fix with them (Article 13(6))", "elle la signale à la personne ou à l’entité qui fabrique ce composant ou en assure la maintenance et, si elle a mis au point un correctif, le lui communique (article 13, paragraphe 6)"}
	vague := [2]string{"a final report within the time the Regulation sets", "un rapport final dans le délai que fixe le règlement"}
	maker := map[string]any{"security.cra_manufacturer": true, "security.cra_steward": false, "security.support_years": 5}
	expect(t, "manufacturer", maker, policyExamples(), true, final, upstream)
	expect(t, "manufacturer", maker, policyExamples(), false, vague)
	outside := map[string]any{"security.cra_manufacturer": true, "security.cra_steward": false, "privacy.establishment": "US-NY"}
	expect(t, "manufacturer outside the Union", outside, policyExamples(), true, final, upstream)
	steward := map[string]any{"security.cra_manufacturer": false, "security.cra_steward": true}
	expect(t, "steward", steward, policyExamples(), false, final, upstream, vague)
	none := map[string]any{"security.cra_manufacturer": false, "security.cra_steward": false}
	expect(t, "no CRA", none, policyExamples(), false, final, upstream, vague)
}
