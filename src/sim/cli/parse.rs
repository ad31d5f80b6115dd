//! Parsing one command line: shell-style words (shell-words), `--option value` pairs checked
//! against the command table, and the AWS CLI's shorthand syntax
//! (`Name=instance-state-name,Values=running,stopped`, `Ebs={VolumeSize=10}`,
//! `Tags=[{Key=Name,Value=web}]`) or JSON for structured options.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::spec::{CommandSpec, Kind, OptionSpec};

/// A parsed option value.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Value(String),
    List(Vec<String>),
    Flag(bool),
    Structure(Value),
    StructureList(Vec<Value>),
}

/// A command line after option parsing: which command, and its options by name.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub spec: &'static CommandSpec,
    /// For `wait`: the waiter name. Otherwise empty.
    pub positional: Vec<String>,
    pub args: BTreeMap<&'static str, Arg>,
}

/// Why a line could not be parsed; the message names what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl Parsed {
    pub fn value(&self, name: &str) -> Option<&str> {
        match self.args.get(name) {
            Some(Arg::Value(v)) => Some(v),
            _ => None,
        }
    }

    pub fn list(&self, name: &str) -> Vec<String> {
        match self.args.get(name) {
            Some(Arg::List(v)) => v.clone(),
            Some(Arg::Value(v)) => vec![v.clone()],
            _ => Vec::new(),
        }
    }

    pub fn flag(&self, name: &str) -> Option<bool> {
        match self.args.get(name) {
            Some(Arg::Flag(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn structure(&self, name: &str) -> Option<&Value> {
        match self.args.get(name) {
            Some(Arg::Structure(v)) => Some(v),
            _ => None,
        }
    }

    pub fn structures(&self, name: &str) -> Vec<Value> {
        match self.args.get(name) {
            Some(Arg::StructureList(v)) => v.clone(),
            Some(Arg::Structure(v)) => vec![v.clone()],
            _ => Vec::new(),
        }
    }

    /// An integer option, with the AWS CLI's validation message when it is not one.
    pub fn int(&self, name: &str, parameter: &str) -> Result<Option<i64>, UsageError> {
        match self.value(name) {
            None => Ok(None),
            Some(v) => v.trim().parse::<i64>().map(Some).map_err(|_| {
                UsageError(format!(
                    "Parameter validation failed:\nInvalid type for parameter {parameter}, value: {v}, type: <class 'str'>, valid types: <class 'int'>"
                ))
            }),
        }
    }
}

/// Parses the words after `aws ec2 <command>` against the command's options (and the global
/// ones). Unknown options, missing values and missing required options are usage errors.
pub fn parse_options(spec: &'static CommandSpec, words: &[String]) -> Result<Parsed, UsageError> {
    let mut args: BTreeMap<&'static str, Arg> = BTreeMap::new();
    let mut positional = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        i += 1;
        if !word.starts_with("--") {
            positional.push(word.clone());
            continue;
        }
        let (name, inline) = match word.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (word.clone(), None),
        };
        let Some(option) = spec.option(&name) else {
            unknown.push(word.clone());
            continue;
        };
        let negated = name.starts_with("--no-") && option.name != name;
        let mut take_values = |many: bool| -> Vec<String> {
            let mut out: Vec<String> = inline.clone().into_iter().collect();
            while i < words.len() && !words[i].starts_with("--") && (many || out.is_empty()) {
                out.push(words[i].clone());
                i += 1;
            }
            out
        };
        let arg = match option.kind {
            Kind::Flag => Arg::Flag(true),
            Kind::Toggle => Arg::Flag(!negated),
            Kind::Value => match take_values(false).pop() {
                Some(v) => Arg::Value(v),
                None => return Err(expected_one(option)),
            },
            Kind::List => {
                let values = take_values(true);
                if values.is_empty() {
                    return Err(expected_one(option));
                }
                Arg::List(values)
            }
            Kind::Structure => match take_values(false).pop() {
                Some(v) => {
                    Arg::Structure(parse_structure(&v).map_err(|e| bad_value(option, &v, &e))?)
                }
                None => return Err(expected_one(option)),
            },
            Kind::StructureList => {
                let values = take_values(true);
                if values.is_empty() {
                    return Err(expected_one(option));
                }
                let mut items = Vec::new();
                for v in &values {
                    match parse_structure(v).map_err(|e| bad_value(option, v, &e))? {
                        Value::Array(list) => items.extend(list),
                        other => items.push(other),
                    }
                }
                Arg::StructureList(items)
            }
        };
        args.insert(option.name, arg);
    }
    if !unknown.is_empty() {
        return Err(UsageError(format!(
            "Unknown options: {}",
            unknown.join(", ")
        )));
    }
    let missing: Vec<&str> = spec
        .options
        .iter()
        .filter(|o| o.required && !args.contains_key(o.name))
        .map(|o| o.name)
        .collect();
    if !missing.is_empty() {
        return Err(UsageError(format!(
            "the following arguments are required: {}",
            missing.join(", ")
        )));
    }
    Ok(Parsed {
        spec,
        positional,
        args,
    })
}

fn expected_one(option: &OptionSpec) -> UsageError {
    UsageError(format!(
        "argument {}: expected one argument ({})",
        option.name, option.help
    ))
}

fn bad_value(option: &OptionSpec, value: &str, why: &str) -> UsageError {
    UsageError(format!(
        "Error parsing parameter '{}': {why}\n{value}\nExpected: {}",
        option.name, option.help
    ))
}

/// JSON (when it starts with `{` or `[`) or AWS CLI shorthand.
pub fn parse_structure(text: &str) -> Result<Value, String> {
    let trimmed = text.trim();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return serde_json::from_str(trimmed).map_err(|e| format!("Invalid JSON: {e}"));
    }
    let mut p = Shorthand {
        chars: trimmed.chars().collect(),
        pos: 0,
    };
    let value = p.object(None)?;
    if p.pos < p.chars.len() {
        return Err(format!("Expected: ',', received: '{}'", p.chars[p.pos]));
    }
    Ok(value)
}

struct Shorthand {
    chars: Vec<char>,
    pos: usize,
}

impl Shorthand {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Does `key=` start at the position (so a comma ends a list value)?
    fn key_ahead(&self, from: usize) -> bool {
        let mut i = from;
        while i < self.chars.len()
            && (self.chars[i].is_ascii_alphanumeric() || "_-.:".contains(self.chars[i]))
        {
            i += 1;
        }
        i > from && self.chars.get(i) == Some(&'=')
    }

    /// `key=value,key=value` up to `end` (or the end of text).
    fn object(&mut self, end: Option<char>) -> Result<Value, String> {
        let mut map = Map::new();
        loop {
            if self.peek().is_none() || self.peek() == end {
                break;
            }
            let start = self.pos;
            while let Some(c) = self.peek() {
                if c == '=' || c == ',' || Some(c) == end {
                    break;
                }
                self.pos += 1;
            }
            let key: String = self.chars[start..self.pos]
                .iter()
                .collect::<String>()
                .trim()
                .to_string();
            if key.is_empty() || !self.eat('=') {
                return Err(format!(
                    "Expected: '=', received: '{}' for input: {}",
                    self.peek().map_or("EOF".to_string(), |c| c.to_string()),
                    key
                ));
            }
            let value = self.value(end)?;
            map.insert(key, value);
            if !self.eat(',') {
                break;
            }
        }
        Ok(Value::Object(map))
    }

    /// A value: `{…}`, `[…]`, or a scalar; a bare comma list (`Values=a,b`) becomes an array.
    fn value(&mut self, end: Option<char>) -> Result<Value, String> {
        match self.peek() {
            Some('{') => {
                self.pos += 1;
                let v = self.object(Some('}'))?;
                if !self.eat('}') {
                    return Err("Expected: '}'".to_string());
                }
                Ok(v)
            }
            Some('[') => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    if self.eat(']') {
                        break;
                    }
                    let item = if self.peek() == Some('{') {
                        self.value(Some(']'))?
                    } else {
                        Value::String(self.scalar(Some(']'))?)
                    };
                    items.push(item);
                    if self.eat(']') {
                        break;
                    }
                    if !self.eat(',') {
                        return Err("Expected: ',' or ']'".to_string());
                    }
                }
                Ok(Value::Array(items))
            }
            _ => {
                let first = self.scalar(end)?;
                let mut items = vec![Value::String(first)];
                while self.peek() == Some(',')
                    && !self.key_ahead(self.pos + 1)
                    && self.pos + 1 < self.chars.len()
                {
                    self.pos += 1;
                    items.push(Value::String(self.scalar(end)?));
                }
                Ok(if items.len() == 1 {
                    items.pop().unwrap_or(Value::Null)
                } else {
                    Value::Array(items)
                })
            }
        }
    }

    fn scalar(&mut self, end: Option<char>) -> Result<String, String> {
        if let Some(q @ ('"' | '\'')) = self.peek() {
            self.pos += 1;
            let start = self.pos;
            while self.peek().is_some_and(|c| c != q) {
                self.pos += 1;
            }
            let s: String = self.chars[start..self.pos].iter().collect();
            if !self.eat(q) {
                return Err("Unterminated quote".to_string());
            }
            return Ok(s);
        }
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c == ',' || Some(c) == end || (end.is_some() && (c == '}' || c == ']')) {
                break;
            }
            self.pos += 1;
        }
        Ok(self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .trim()
            .to_string())
    }
}

/// A field of a structure as a string (numbers and booleans too).
pub fn field_str(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub fn field_i64(v: &Value, key: &str) -> Result<Option<i64>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| format!("{key}: expected an integer")),
        Some(Value::String(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| format!("{key}: expected an integer, got '{s}'")),
        Some(_) => Err(format!("{key}: expected an integer")),
    }
}

pub fn field_bool(v: &Value, key: &str) -> Result<Option<bool>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(s)) => match s.to_ascii_lowercase().as_str() {
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            _ => Err(format!("{key}: expected true or false, got '{s}'")),
        },
        Some(_) => Err(format!("{key}: expected true or false")),
    }
}

/// A field that is a list of strings (`Values=a,b` or `["a","b"]` or a single string).
pub fn field_strings(v: &Value, key: &str) -> Vec<String> {
    match v.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| match i {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                _ => None,
            })
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Number(n)) => vec![n.to_string()],
        Some(Value::Bool(b)) => vec![b.to_string()],
        _ => Vec::new(),
    }
}

/// `--filters`: (name, values) pairs.
pub fn filters(parsed: &Parsed) -> Result<Vec<(String, Vec<String>)>, UsageError> {
    parsed
        .structures("--filters")
        .iter()
        .map(|f| {
            let name = field_str(f, "Name").ok_or_else(|| {
                UsageError(
                    "Error parsing parameter '--filters': expected Name=NAME,Values=V1,V2"
                        .to_string(),
                )
            })?;
            Ok((name, field_strings(f, "Values")))
        })
        .collect()
}

/// Shell-style glob with `*` and `?`, as EC2 filters accept.
pub fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shorthand_objects_lists_and_nesting() {
        assert_eq!(
            parse_structure("Name=instance-state-name,Values=running,stopped").unwrap(),
            json!({"Name": "instance-state-name", "Values": ["running", "stopped"]})
        );
        assert_eq!(
            parse_structure("DeviceName=/dev/sdf,Ebs={VolumeSize=10,DeleteOnTermination=false}")
                .unwrap(),
            json!({"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": "10", "DeleteOnTermination": "false"}})
        );
        assert_eq!(
            parse_structure(
                "ResourceType=instance,Tags=[{Key=Name,Value=my web},{Key=env,Value=dev}]"
            )
            .unwrap(),
            json!({"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "my web"}, {"Key": "env", "Value": "dev"}]})
        );
        assert_eq!(
            parse_structure("Values=[a,b]").unwrap(),
            json!({"Values": ["a", "b"]})
        );
        assert_eq!(
            parse_structure("Value='a,b'").unwrap(),
            json!({"Value": "a,b"})
        );
        assert_eq!(
            parse_structure(r#"{"Configured": true}"#).unwrap(),
            json!({"Configured": true})
        );
        assert!(parse_structure("Configured").is_err());
        assert!(parse_structure("Ebs={VolumeSize=1").is_err());
        assert!(parse_structure("[{").is_err());
    }

    #[test]
    fn globs() {
        assert!(glob("al2023-*", "al2023-ami-x"));
        assert!(glob("t?.micro", "t2.micro"));
        assert!(!glob("t?.micro", "t2a.micro"));
        assert!(glob("*", ""));
        assert!(glob("a*b*c", "aXbYc"));
        assert!(!glob("a*b", "ac"));
    }
}
