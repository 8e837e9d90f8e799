//! The fake provider's answers as the specs say they must be: every answer
//! it gives (the seeded person with awkward data, a person with many
//! cases over several pages, a decision added between two syncs) is
//! checked against the response schema of its operation in the Zaken 1.7
//! or Catalogi 1.4 OpenAPI file, so the fake the other tests trust cannot
//! drift from the standard. Prism (`tests/prism.rs`) checks the client's
//! requests; this checks the bodies it gets back.
//!
//! The OpenAPI 3.0 schemas are turned into JSON Schema 2020-12 first:
//! `nullable: true` becomes a `null` type, and references into other APIs'
//! files become `type: object` (the client asks for no embedded objects).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use serde_json::{Map, Value, json};
use wegwijs_fake_zgw::{BSN, Provider};

fn spec(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/specs")
        .join(name);
    serde_norway::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// OpenAPI 3.0's schema dialect as JSON Schema 2020-12.
fn json_schema(v: &Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.iter().map(json_schema).collect()),
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get("$ref")
                && !r.starts_with('#')
            {
                return json!({"type": "object"});
            }
            let mut out = Map::new();
            for (k, v) in o {
                match k.as_str() {
                    "nullable" | "discriminator" | "example" | "xml" | "externalDocs" => {}
                    _ => {
                        out.insert(k.clone(), json_schema(v));
                    }
                }
            }
            if o.get("nullable") != Some(&Value::Bool(true)) {
                return Value::Object(out);
            }
            if let Some(Value::Array(e)) = out.get_mut("enum")
                && !e.contains(&Value::Null)
            {
                e.push(Value::Null);
            }
            match out.get("type").cloned() {
                Some(Value::String(t)) => {
                    out.insert("type".into(), json!([t, "null"]));
                    Value::Object(out)
                }
                _ => json!({"anyOf": [Value::Object(out), {"type": "null"}]}),
            }
        }
        other => other.clone(),
    }
}

/// The spec path (`/zaken/{uuid}`) that `path` (`/zaken/1234…`) is an
/// instance of.
fn operation<'a>(spec: &'a Value, path: &str) -> Option<&'a Value> {
    let parts: Vec<&str> = path.split('/').collect();
    spec["paths"]
        .as_object()?
        .iter()
        .find_map(|(template, op)| {
            let t: Vec<&str> = template.split('/').collect();
            let matches = t.len() == parts.len()
                && t.iter()
                    .zip(&parts)
                    .all(|(t, p)| t == p || (t.starts_with('{') && !p.is_empty()));
            matches.then_some(op)
        })
}

struct Api {
    prefix: &'static str,
    spec: Value,
    components: Value,
}

impl Api {
    fn new(prefix: &'static str, file: &str) -> Api {
        let spec = spec(file);
        let components = json_schema(&spec["components"]);
        Api {
            prefix,
            spec,
            components,
        }
    }

    /// Why `answer` to `path` is not what the spec allows, if it is not.
    fn check(&self, path: &str, answer: &Value) -> Vec<String> {
        let op = operation(&self.spec, path)
            .unwrap_or_else(|| panic!("{path}: no operation in the spec"));
        let schema = &op["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert!(schema.is_object(), "{path}: no 200 schema");
        let root = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "components": self.components,
            "allOf": [json_schema(schema)],
        });
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&root)
            .unwrap_or_else(|e| panic!("{path}: schema: {e}"));
        validator
            .iter_errors(answer)
            .map(|e| format!("{path}: {} at {}", e, e.instance_path()))
            .collect()
    }
}

#[tokio::test]
async fn every_answer_of_the_fake_provider_is_one_the_specs_allow() {
    let fake = Provider::start().await;
    // A second person with more cases than fit on a page, and a decision
    // set after a first sync: their answers too.
    fake.many("999990019", 150);
    fake.permit_decided(BSN, "2026-12-01T09:00:00Z");
    let zaken = Api::new("/zaken/api/v1", "zaken-api-1.7.0-openapi.yaml");
    let catalogi = Api::new("/catalogi/api/v1", "catalogi-api-1.4.0-openapi.yaml");
    let answers = fake.answers();
    assert!(answers.len() > 150, "{}", answers.len());
    let mut problems = Vec::new();
    for (target, answer) in &answers {
        let path = target.split('?').next().unwrap();
        let api = [&zaken, &catalogi]
            .into_iter()
            .find(|a| path.starts_with(a.prefix))
            .unwrap_or_else(|| panic!("{target}: neither API"));
        problems.extend(api.check(&path[api.prefix.len()..], answer));
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems[..problems.len().min(40)].join("\n")
    );
}

/// The check is not a formality: a body of the wrong shape is caught.
#[test]
fn a_wrong_answer_is_caught() {
    let zaken = Api::new("/zaken/api/v1", "zaken-api-1.7.0-openapi.yaml");
    let bad = json!({"count": "three", "next": null, "previous": null, "results": [{"url": 5}]});
    let problems = zaken.check("/zaken", &bad);
    assert!(problems.iter().any(|p| p.contains("count")), "{problems:?}");
}
