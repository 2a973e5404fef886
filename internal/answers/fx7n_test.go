package answers_test

// RN2-5: a regulated professional that offers the API to consumers is
// warned that its profession's mediator may decline disputes about an API
// the terms place outside the profession.
func init() {
	ruleCases = append(ruleCases, []struct {
		kind    string
		answers map[string]string
		want    []string
		warning bool
		also    []string
	}{
		{"api-tos", map[string]string{"provider.type": "individual", "provider.name": "Jeanne Martin EI", "provider.regulated": "true",
			"audience": "business-and-consumers", "consumer.mediator_name": "Médiateur de la consommation de la profession d'expert-comptable", "consumer.mediator_url": "https://mediateur.example.org"},
			[]string{"regulated-profession-mediator", "regulated-profession-activity"}, true, nil},
		// RN2-7: Annex B does not reach a consumer's household.
		{"api-tos", map[string]string{"audience": "business-and-consumers", "consumer.mediator_name": "Médiateur du e-commerce de la FEVAD", "consumer.mediator_url": "https://mediateur.example.org",
			"personal_data.processed": "true", "personal_data.role": "processor", "personal_data.subjects": "salariés de l'Utilisateur et, pour les consommateurs, les membres de son foyer fiscal"},
			[]string{"dpa-subjects-consumer-household"}, true, nil},
	}...)
}
