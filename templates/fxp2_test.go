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
	final := [2]string{"then a final report no later than fourteen (14) days after a corrective or mitigating measure is available, for a vulnerability, and within one month of the notification, for a severe incident (Article 14(2) and (4)", "puis un rapport final au plus tard quatorze (14) jours après qu’une mesure corrective ou d’atténuation est disponible, pour une vulnérabilité, et dans un délai d’un mois à compter de la notification, pour un incident grave (article 14, paragraphes 2 et 4"} // followed, after 11 September 2026, by the date since which they apply
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

// fxp2-2: where minors may contribute, a consent on which processing rests
// is given jointly with the holders of parental authority below the age of
// the State of residence, fifteen in France (GDPR, Article 8(1); French Act
// No. 78-17, Article 45); under Swiss control, where the GDPR applies; not
// said when only employees or contractors are expected.
func TestFxp2MinorsConsent(t *testing.T) {
	minor := [2]string{"you are a minor below the age at which the law of the State where you reside allows a child to consent alone, which is fifteen in France, a consent on which processing rests is given jointly by you and the holder or holders of parental responsibility over you (GDPR, Article 8(1); French Act No. 78-17 of 6 January 1978, Article 45)", "vous êtes mineur et n’avez pas atteint l’âge auquel la loi de l’État où vous résidez permet à un mineur de consentir seul, soit quinze ans en France, le consentement sur lequel repose un traitement est donné conjointement par vous et par le ou les titulaires de l’autorité parentale à votre égard (RGPD, article 8, paragraphe 1 ; loi n° 78-17 du 6 janvier 1978, article 45)"}
	swiss := [2]string{"Where the GDPR applies, if you are a minor below the age", "Lorsque le RGPD s’applique, si vous êtes mineur et n’avez pas atteint"}
	expect(t, "individuals", map[string]any{"contributors.allowed": []string{"individuals", "employees"}}, policyExamples(), true, minor)
	expect(t, "anyone", map[string]any{"contributors.allowed": []string{}}, policyExamples(), true, minor)
	expect(t, "inbound=outbound, no legal person", map[string]any{"inbound": "inbound-outbound", "legal.vehicle": "none", "legal.entity_name": nil, "privacy.controller": "Camille Martin", "contributors.allowed": []string{}}, policyExamples(), true, minor)
	expect(t, "Swiss controller", map[string]any{"privacy.establishment": "CH", "contributors.allowed": []string{"individuals"}}, policyExamples(), true, minor, swiss)
	expect(t, "professionals only", map[string]any{"contributors.allowed": []string{"employees", "contractors"}}, policyExamples(), false, minor)
}

// fxp2-3: under real names, a minor signs off and is credited under a
// stable pseudonym unless the legal representatives ask otherwise, in
// Articles 6.1.1 and 10.1 as in 12.2; not said where pseudonyms are open
// to all, nor where no individual contributes in their own name.
func TestFxp2MinorsPseudonymUnlessRepresentativesAskOtherwise(t *testing.T) {
	signOff := [2]string{"signs off under a stable pseudonym that their legal representatives know, unless those representatives ask otherwise, as Article 12.2 provides, with an address at which the minor can be reached", "atteste toutefois sous un pseudonyme stable, que ses représentants légaux connaissent, sauf demande contraire de ceux-ci dans les conditions de l’article 12.2, avec une adresse à laquelle il peut être joint"}
	credit := [2]string{"The Project credits you under your real name, or, if you are a minor, under a stable pseudonym unless your legal representatives ask otherwise, as provided in Article 12.2", "Le Projet vous mentionne sous votre nom réel, ou, si vous êtes mineur, sous un pseudonyme stable, sauf demande contraire de vos représentants légaux, conformément à l’article 12.2"}
	old := [2]string{"or under a stable pseudonym if you are a minor", "ou sous un pseudonyme stable si vous êtes mineur"}
	real := map[string]any{"inbound": "dco", "contributors.identity": "real-name", "contributors.allowed": []string{"individuals", "employees"}, "recognition.methods": []string{"contributors-file"}}
	expect(t, "real name, DCO", real, policyExamples(), true, signOff, credit)
	expect(t, "real name, DCO", real, policyExamples(), false, old)
	inout := map[string]any{"inbound": "inbound-outbound", "contributors.identity": "real-name", "contributors.allowed": []string{}}
	expect(t, "real name, inbound=outbound", inout, policyExamples(), true, credit)
	expect(t, "real name, inbound=outbound", inout, policyExamples(), false, signOff)
	expect(t, "pseudonyms", map[string]any{"inbound": "dco", "contributors.identity": "pseudonym"}, policyExamples(), false, signOff, credit)
	expect(t, "professionals only", map[string]any{"inbound": "dco", "contributors.identity": "real-name", "contributors.allowed": []string{"employees"}}, policyExamples(), false, signOff, credit)
	// The agreement routes credit a minor the same way as the signed agreement is kept.
	agreed := [2]string{"or, if you are a minor, under a stable pseudonym unless your legal representatives ask otherwise, as provided in Article", "ou, si vous êtes mineur, sous un pseudonyme stable, sauf demande contraire de vos représentants légaux, conformément à l’article"}
	for _, route := range []string{"cla", "fla", "assignment"} {
		answers := map[string]any{"inbound": route, "contributors.identity": "real-name", "contributors.allowed": []string{"individuals"}}
		expect(t, "real name, "+route, answers, policyExamples(), true, agreed)
		expect(t, "real name, "+route, answers, policyExamples(), false, old)
	}
}

// fxp2-4: the patent licence of the DCO and inbound=outbound routes ends
// also for a counterclaim or cross-claim (Apache-2.0, section 3), and the
// French text grants a licence under a patent, not the patent; not printed
// without the patent grant or under a licence that has its own.
func TestFxp2PatentTerminationCoversCounterclaims(t *testing.T) {
	ends := [2]string{"That licence ends, for anyone who brings a claim, including by way of counterclaim or cross-claim, alleging that the Project or a Contribution infringes a patent, on the day that claim is brought.", "Cette licence prend fin, à l’égard de toute personne qui engage une action alléguant que le Projet ou une Contribution contrefait un brevet, ou qui forme une telle demande, y compris à titre reconventionnel, à la date de cette action ou de cette demande."}
	under := [2]string{"under any patent that you can license and one of whose claims", "au titre de tout brevet sur lequel vous pouvez concéder une licence et dont une revendication"}
	old := [2]string{"who brings a claim alleging that", "au titre de tout brevet que vous pouvez concéder"}
	for _, in := range []string{"dco", "inbound-outbound"} {
		for _, licence := range []string{"MIT", "CECILL-2.1"} {
			set := map[string]any{"inbound": in, "project.licence": licence, "patents.grant": true}
			expect(t, in+" "+licence, set, policyExamples(), true, ends, under)
			expect(t, in+" "+licence, set, policyExamples(), false, old)
		}
		expect(t, in+" no grant", map[string]any{"inbound": in, "project.licence": "MIT", "patents.grant": false}, policyExamples(), false, ends, under)
		expect(t, in+" Apache", map[string]any{"inbound": in, "project.licence": "Apache-2.0", "patents.grant": true}, policyExamples(), false, ends, under)
	}
}

// fxp2-5: the summary of the DCO follows points (a) to (d) of version 1.1:
// the licence indicated in the file, the same licence for earlier work
// unless another is permitted, work given directly, redistribution
// consistent with the Project or the licences; in both languages, and
// only on the DCO route.
func TestFxp2DCOSummaryFollowsTheCertificate(t *testing.T) {
	a := [2]string{"1. you created the Contribution, in whole or in part, and have the right to submit it under the licence indicated in the file, as Article 4.2 provides; or", "1. vous avez créé la Contribution, en tout ou partie, et avez le droit de la soumettre sous la licence indiquée dans le fichier, comme le prévoit l’article 4.2 ; ou"}
	b := [2]string{"with your changes, whether you made them in whole or in part, under the same licence, or under another licence where you are permitted to, as indicated in the file; or", "avec vos modifications, que vous les ayez faites en tout ou partie, sous la même licence, ou sous une autre licence si vous y êtes autorisé, comme l’indique le fichier ; ou"}
	c := [2]string{"3. it was given to you directly by someone who certified", "3. elle vous a été remise directement par une personne qui a certifié"}
	d := [2]string{"is kept indefinitely and may be redistributed in a manner consistent with the Project or with the licences concerned.", "est conservée indéfiniment et peut être rediffusée d’une manière compatible avec le Projet ou avec les licences concernées."}
	old := [2]string{"may be redistributed with the Project.", "peut être rediffusée avec le Projet."}
	for _, french := range []bool{true, false} {
		set := map[string]any{"inbound": "dco", "dco.french": french}
		expect(t, "dco", set, policyExamples(), true, a, b, c, d)
		expect(t, "dco", set, policyExamples(), false, old)
	}
	expect(t, "inbound=outbound", map[string]any{"inbound": "inbound-outbound"}, policyExamples(), false, a, b, c, d)
}

// fxp2-7: the coordinated-disclosure delays never defer the notification
// of a personal data breach (GDPR, Articles 33 and 34; for a Swiss
// controller, FADP, Article 24), by the Legal Entity or, without one, by
// the Maintainers, on every route.
func TestFxp2BreachNotificationIsNotDeferred(t *testing.T) {
	entity := [2]string{"where a vulnerability has led to a breach of the personal data that the Legal Entity processes for the Project, such as those given in a form of the Project or in a report, the Legal Entity notifies it to the competent supervisory authority within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to the persons concerned, and informs those persons without undue delay where it is likely to result in a high risk to them (GDPR, Articles 33 and 34).", "lorsqu’une vulnérabilité a entraîné une violation des données personnelles que la Structure porteuse traite pour le Projet, telles que celles fournies dans un formulaire du Projet ou dans un signalement, la Structure porteuse la notifie à l’autorité de contrôle compétente dans les 72 heures après en avoir pris connaissance, à moins qu’elle ne soit pas susceptible d’engendrer un risque pour les personnes concernées, et en informe ces personnes dans les meilleurs délais lorsqu’elle est susceptible d’engendrer pour elles un risque élevé (RGPD, articles 33 et 34)."}
	maintainers := [2]string{"the personal data that the Maintainers process for the Project, such as those given in a form of the Project or in a report, the Maintainers notify it to the competent supervisory authority within 72 hours", "des données personnelles que les Mainteneurs traitent pour le Projet, telles que celles fournies dans un formulaire du Projet ou dans un signalement, les Mainteneurs la notifient à l’autorité de contrôle compétente dans les 72 heures"}
	swiss := [2]string{"the Legal Entity notifies it as soon as possible to the Federal Data Protection and Information Commissioner where it is likely to result in a high risk to the persons concerned, and informs them where their protection requires it or the Commissioner so requests (FADP, Article 24), and, where the GDPR applies, also meets its Articles 33 and 34.", "la Structure porteuse l’annonce dans les meilleurs délais au Préposé fédéral à la protection des données et à la transparence lorsqu’elle entraîne vraisemblablement un risque élevé pour les personnes concernées, et informe celles-ci lorsque leur protection l’exige ou que le Préposé le demande (LPD, article 24), et, lorsque le RGPD s’applique, satisfait en outre à ses articles 33 et 34."}
	for _, in := range []string{"dco", "inbound-outbound"} {
		expect(t, in+" entity", map[string]any{"inbound": in}, policyExamples(), true, entity)
		expect(t, in+" entity", map[string]any{"inbound": in}, policyExamples(), false, maintainers, swiss)
		none := map[string]any{"inbound": in, "legal.vehicle": "none", "legal.entity_name": nil, "privacy.controller": "Camille Martin"}
		expect(t, in+" no legal person", none, policyExamples(), true, maintainers)
		expect(t, in+" no legal person", none, policyExamples(), false, entity)
	}
	expect(t, "Swiss controller", map[string]any{"privacy.establishment": "CH"}, policyExamples(), true, swiss)
	expect(t, "Swiss controller", map[string]any{"privacy.establishment": "CH"}, policyExamples(), false, entity)
}

// fxp2-8: in French, a licence is granted on a Contribution, never the
// Contribution "concédée" itself: the ticked statement and the checklist of
// the inbound=outbound route, data updated through a form, and the AI ban.
func TestFxp2FrenchGrantsALicenceOnTheContribution(t *testing.T) {
	statement := [2]string{"the statement that you have read this policy, in its version in force, and license your Contribution on the terms of this article", "la déclaration par laquelle vous indiquez avoir lu la présente politique, dans sa version en vigueur, et concéder une licence sur votre Contribution aux conditions du présent article"}
	checklist := [2]string{"you have ticked the statement in your merge request by which you do so;", "vous avez coché dans votre demande de fusion la déclaration par laquelle vous concédez cette licence ;"}
	form := [2]string{"you license them in this way (for the records, under the DbCL) without any other formality", "vous concédez ainsi une licence sur ces données (pour les enregistrements, sous la DbCL) sans autre formalité"}
	ban := [2]string{"nor that you have the right to license it", "ni que vous avez le droit de concéder une licence sur celui-ci"}
	old := [2]string{"\x00", "et concéder votre Contribution aux conditions"}
	oldForm := [2]string{"\x00", "vous les concédez ainsi"}
	oldBan := [2]string{"\x00", "le droit de le concéder"}
	repo := map[string]any{"project.repository_url": "https://gitlab.com/sentiers/sentiers"}
	io := map[string]any{"inbound": "inbound-outbound", "project.data": true, "licences.data": "ODbL-1.0", "ai_contributions": "ban"}
	for k, v := range repo {
		io[k] = v
	}
	expect(t, "inbound=outbound", io, policyExamples(), true, statement, checklist, form, ban)
	expect(t, "inbound=outbound", io, policyExamples(), false, old, oldForm, oldBan)
	expect(t, "dco", map[string]any{"inbound": "dco", "ai_contributions": "disclose"}, policyExamples(), false, statement, checklist, ban)
}

// fxp2-9: without a legal person or a charter, the Maintainers are joint
// controllers and the policy gives the essence of their arrangement (GDPR,
// Article 26(2) and (3)), naming their contact point if there is one; not
// said where a legal person is the controller.
func TestFxp2JointControllersArrangement(t *testing.T) {
	named := [2]string{"The essence of their arrangement, which this policy records (GDPR, Article 26(2)), is as follows: Camille Martin, their contact point, answers requests from data subjects on behalf of all of them; each Maintainer answers for the processing that they carry out themselves, in particular for the reports and the forms that they handle; and you may exercise your rights in respect of and against each of them (Article 26(3)).", "L’essentiel de leur accord, que constate la présente politique (RGPD, article 26, paragraphe 2), est le suivant : Camille Martin, leur point de contact, répond au nom de tous aux demandes des personnes concernées ; chaque Mainteneur répond des traitements qu’il met lui-même en œuvre, notamment des signalements et des formulaires dont il a la charge ; vous pouvez exercer vos droits à l’égard de chacun d’eux et contre chacun d’eux (article 26, paragraphe 3)."}
	unnamed := [2]string{"is as follows: the Maintainers who read that address answer requests from data subjects on behalf of all of them;", "est le suivant : les Mainteneurs qui lisent cette adresse répondent au nom de tous aux demandes des personnes concernées ;"}
	arrangement := [2]string{"The essence of their arrangement, which this policy records", "L’essentiel de leur accord, que constate la présente politique"}
	for _, in := range []string{"dco", "inbound-outbound"} {
		none := map[string]any{"inbound": in, "legal.vehicle": "none", "legal.entity_name": nil, "privacy.controller": "Camille Martin"}
		expect(t, in+" named", none, policyExamples(), true, named)
		none["privacy.controller"] = nil
		expect(t, in+" unnamed", none, policyExamples(), true, unnamed)
		expect(t, in+" entity", map[string]any{"inbound": in}, policyExamples(), false, arrangement)
	}
}
