package extract

import "brief/report"

// Test domains beyond the demo: other conflicts, other actors and issues,
// so that the rules are seen to follow the configuration.

var sudanDomain = Domain{
	Actors: []report.Actor{
		{Name: "SAF", Aliases: []string{"Sudanese Armed Forces", "Sudanese army", "Sudan's army", "army-led government"},
			People: []string{"Abdel Fattah al-Burhan"}},
		{Name: "RSF", Aliases: []string{"Rapid Support Forces", "paramilitary RSF"},
			People: []string{"Mohamed Hamdan Dagalo"}},
		{Name: "Saudi Arabia", Aliases: []string{"Riyadh"}},
		{Name: "United States", Aliases: []string{"US", "U.S.", "Washington", "State Department"}},
		{Name: "UAE", Aliases: []string{"United Arab Emirates", "Abu Dhabi"}},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce", "cessation of hostilities"}},
		{ID: "talks", Terms: []string{"talks", "negotiations", "negotiate"}},
		{ID: "aid", Terms: []string{"humanitarian access", "aid corridors"}},
		{ID: "arms", Claim: true, Terms: []string{"supplying weapons", "supplied weapons", "arming the RSF"}},
	},
}

var ukraineDomain = Domain{
	Actors: []report.Actor{
		{Name: "Ukraine", Aliases: []string{"Kyiv"}, People: []string{"Volodymyr Zelensky", "Dmytro Kuleba"}},
		{Name: "Russia", Aliases: []string{"Moscow", "Kremlin"}, People: []string{"Vladimir Putin", "Dmitry Peskov"}},
		{Name: "Turkey", Aliases: []string{"Ankara"}, People: []string{"Recep Tayyip Erdogan"}},
		{Name: "United Nations", Aliases: []string{"UN"}},
	},
	Issues: []report.Issue{
		{ID: "grain", Terms: []string{"grain deal", "Black Sea Grain Initiative"}},
		{ID: "talks", Terms: []string{"peace talks", "negotiations", "negotiate"}},
		{ID: "plant", Claim: true, Terms: []string{"shelled the plant", "shelling of the plant", "shelled the Zaporizhzhia plant"}},
	},
}

var gazaDomain = Domain{
	Actors: []report.Actor{
		{Name: "Israel", Aliases: []string{"Israeli government", "IDF", "Israel Defense Forces"},
			People: []string{"Benjamin Netanyahu", "Yoav Gallant"}},
		{Name: "Hamas", People: []string{"Ismail Haniyeh"}},
		{Name: "Qatar", Aliases: []string{"Doha"}},
		{Name: "Egypt", Aliases: []string{"Cairo"}},
		{Name: "United States", Aliases: []string{"US", "Washington"}, People: []string{"Antony Blinken"}},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"ceasefire", "truce", "humanitarian pause"}},
		{ID: "hostages", Terms: []string{"hostage deal", "release of hostages"}},
		{ID: "mediation", Terms: []string{"mediate", "mediation", "mediator"}},
		{ID: "withdrawal", Terms: []string{"withdrawal", "withdraw"}},
		{ID: "hospital", Claim: true, Terms: []string{"struck the hospital", "striking the hospital", "strike on the hospital"}},
	},
}

// demoDomain is the demo's Pakistan–TTP domain, as config.toml has it.
var demoDomain = Domain{
	Actors: []report.Actor{
		{Name: "Pakistan", Aliases: []string{"Islamabad", "Pakistani government", "Pakistani authorities",
			"Foreign Office", "ISPR", "Pakistan Army"}, People: []string{"Khawaja Asif", "Mumtaz Zahra Baloch"}},
		{Name: "Afghan Taliban", Aliases: []string{"Taliban", "Kabul", "Islamic Emirate"},
			People: []string{"Amir Khan Muttaqi", "Zabihullah Mujahid"}, Demonyms: []string{"Afghan"}},
		{Name: "TTP", Aliases: []string{"Tehrik-i-Taliban Pakistan", "Pakistani Taliban"}},
		{Name: "United Nations", Aliases: []string{"UN", "UN report"}},
		{Name: "United States", Aliases: []string{"US", "U.S.", "Washington"}},
		{Name: "China", Aliases: []string{"Beijing"}},
	},
	Issues: []report.Issue{
		{ID: "talks", Label: "Pakistan–TTP talks", Terms: []string{"talks", "dialogue", "negotiations", "re-engage", "sit together"}},
		{ID: "mediation", Terms: []string{"mediate", "mediation", "mediator", "facilitate"}},
		{ID: "surrender", Terms: []string{"surrender", "lay down arms", "disarm"}},
		{ID: "crackdown", Label: "Afghan Taliban action against the TTP", Terms: []string{"crack down", "take action", "use force", "employ force"}},
		{ID: "sanctuary", Claim: true, Terms: []string{"sanctuary", "sanctuaries", "safe havens", "hideouts",
			"based in Afghanistan", "harboring", "Afghan territory"}},
	},
}

// briefingDomain names people only by their full names, as a user
// configures them; briefings and readouts give surnames after titles.
var myanmarDomain = Domain{
	Actors: []report.Actor{
		{Name: "Junta", Aliases: []string{"military regime", "junta"}},
		{Name: "United States", Aliases: []string{"US", "U.S.", "Washington"}},
	},
	Issues: []report.Issue{
		{ID: "democracy", Terms: []string{"democracy"}},
		{ID: "election", Terms: []string{"elections"}},
	},
}

var sanctionsDomain = Domain{
	Actors: []report.Actor{
		{Name: "Russia", Aliases: []string{"Moscow", "Kremlin"}},
		{Name: "Ukraine", Aliases: []string{"Kyiv"}},
	},
	Issues: []report.Issue{{ID: "sanctions", Terms: []string{"sanctions"}}},
}

var claimDomain = Domain{
	Actors: []report.Actor{
		{Name: "DR Congo", Aliases: []string{"Kinshasa"}},
		{Name: "Rwanda", Aliases: []string{"Kigali"}},
		{Name: "M23"},
		{Name: "United Nations", Aliases: []string{"UN"}},
	},
	Issues: []report.Issue{{ID: "rwanda_m23", Label: "Rwanda supports M23", Claim: true, Terms: []string{"supporting the M23"}}},
}

var elFasherDomain = Domain{
	Actors: []report.Actor{
		{Name: "RSF", Aliases: []string{"Rapid Support Forces"}},
		{Name: "United States", Aliases: []string{"US", "Washington"}},
	},
	Issues: []report.Issue{{ID: "elfasher", Label: "The RSF offensive on El Fasher", Terms: []string{"El Fasher"}}},
}

var yemenOfficeDomain = Domain{
	Actors: []report.Actor{
		{Name: "United States", Aliases: []string{"U.S."}},
		{Name: "United Nations", Aliases: []string{"United Nations"}},
		{Name: "Houthis"},
	},
	Issues: []report.Issue{{ID: "crew", Terms: []string{"release the crew"}}},
}

var briefingDomain = Domain{
	Actors: []report.Actor{
		{Name: "United States", Aliases: []string{"Washington", "United States"}, People: []string{"Antony Blinken", "Matthew Miller"}},
		{Name: "Egypt", Aliases: []string{"Cairo"}, People: []string{"Sameh Shoukry"}},
		{Name: "Hamas"},
	},
	Issues: []report.Issue{
		{ID: "ceasefire", Terms: []string{"truce", "ceasefire"}},
		{ID: "hostages", Terms: []string{"release the hostages", "release of the hostages"}},
	},
}
