#!/usr/bin/env python3
"""Writes kaggle-flat: two invented single-table sets shaped after two well-known public Kaggle files, in one folder:
titanic_train (891 rows: PassengerId, Survived, Pclass, Name 'Braund, Mr. Owen Harris' / 'Cumings, Mrs. John Bradley
(Florence Briggs Thayer)', Sex, Age with decimals and blanks incl. 0.42, SibSp, Parch, Ticket 'A/5 21171' / 'PC 17599' /
'113803', Fare, Cabin 'C85' / 'C23 C25 C27' / blank, Embarked) - the passengers are treated as private data subjects -
and stroke_data (1200 rows: id, gender, age with decimals for infants (0.08) up to 95, hypertension, heart_disease,
ever_married, work_type, Residence_type, avg_glucose_level, bmi with 'N/A', smoking_status, stroke). Seeded, stdlib only."""
import csv, json, os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(190303)
GIVEN = ["Owen", "Harris", "John", "William", "Henry", "Thomas", "James", "Charles", "George", "Edward", "Frederick", "Albert",
         "Arthur", "Ernest", "Alfred", "Walter", "Karl", "Johan", "Nils", "Anders", "Hanna", "Florence", "Elizabeth", "Mary", "Anna",
         "Margaret", "Alice", "Edith", "Bertha", "Ellen", "Helga", "Kristina", "Bridget", "Catherine", "Nora", "Marguerite", "Maria"]
FAMILY = ["Braund", "Cumings", "Heikkinen", "Futrelle", "Allen", "Moran", "McCarthy", "Palsson", "Johnson", "Nasser", "Sandstrom",
          "Bonnell", "Saundercock", "Andersson", "Vestrom", "Hewlett", "Rice", "Williams", "Vander Planke", "Masselmani", "Fynney",
          "Beesley", "McGowan", "Sloper", "Asplund", "Emir", "Fortune", "O'Dwyer", "Todoroff", "Uruchurtu", "Spencer", "Glynn",
          "Wheadon", "Meyer", "Holverson", "Mamee", "Cann", "Nicola-Yarred", "Ahlin", "Turpin", "Kraeff", "Laroche", "Devaney",
          "Rugg", "Harris", "Skoog", "Goodwin", "Sage", "Backstrom", "Ford", "Kelly", "Connolly", "Lindqvist", "Svensson", "Dean"]
titanic = []
for pid in range(1, 892):
    pclass = rnd.choice([1, 2, 3, 3, 3])
    sex = rnd.choice(["male", "male", "female"])
    ln = rnd.choice(FAMILY)
    age = rnd.choice([round(rnd.uniform(0.4, 0.95), 2), rnd.randint(1, 14), rnd.randint(15, 45), rnd.randint(15, 45), rnd.randint(46, 80),
                      "", rnd.randint(18, 40) + 0.5])
    if age == 0.42 or rnd.random() < 0.004: age = 0.42
    if isinstance(age, int) and age < 14 and sex == "male":
        title = "Master"
    elif sex == "male":
        title = rnd.choice(["Mr", "Mr", "Mr", "Mr", "Dr", "Rev"])
    else:
        title = rnd.choice(["Mrs", "Miss", "Miss", "Mrs", "Ms", "Mme", "Mlle"])
    if title == "Mrs" and rnd.random() < 0.7:
        name = "%s, Mrs. %s %s (%s %s)" % (ln, rnd.choice(GIVEN[:20]), rnd.choice(GIVEN[:20]), rnd.choice(GIVEN[20:]), rnd.choice(FAMILY))
    else:
        fn = rnd.choice(GIVEN[:20] if sex == "male" else GIVEN[20:])
        mid = (" " + rnd.choice(GIVEN)) if rnd.random() < 0.4 else ""
        nick = (' "%s"' % rnd.choice(["Annie", "Jack", "Bert", "Nellie"])) if rnd.random() < 0.03 else ""
        name = "%s, %s. %s%s%s" % (ln, title, fn, mid, nick)
    tk = rnd.random()
    if tk < 0.55: ticket = str(rnd.randint(2000, 399999))
    elif tk < 0.7: ticket = "PC %d" % rnd.randint(17000, 17800)
    elif tk < 0.8: ticket = "A/5 %d" % rnd.randint(3000, 21999)
    elif tk < 0.88: ticket = "STON/O2. %d" % rnd.randint(3100000, 3101999)
    elif tk < 0.94: ticket = "C.A. %d" % rnd.randint(2000, 37999)
    else: ticket = "SOTON/O.Q. %d" % rnd.randint(3000000, 3109999)
    fare = round(rnd.uniform(50, 260) if pclass == 1 else rnd.uniform(10, 40) if pclass == 2 else rnd.uniform(6.5, 25), 4)
    cabin = ""
    if pclass == 1 and rnd.random() < 0.85 or pclass == 2 and rnd.random() < 0.1 or rnd.random() < 0.03:
        deck = rnd.choice("ABCDE" if pclass == 1 else "DEFG")
        cabin = " ".join("%s%d" % (deck, rnd.randint(2, 148)) for _ in range(rnd.choice([1, 1, 1, 1, 2, 3])))
    titanic.append([str(pid), str(rnd.choice([0, 0, 1])), str(pclass), name, sex, ("%g" % age) if age != "" else "",
                    str(rnd.choice([0, 0, 0, 1, 1, 2, 3, 4])), str(rnd.choice([0, 0, 0, 1, 2])), ticket,
                    ("%.4f" % fare).rstrip("0").rstrip("."), cabin, rnd.choice("SSSSCQ") if rnd.random() > 0.003 else ""])
with open("titanic_train.csv", "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f); c.writerow(["PassengerId", "Survived", "Pclass", "Name", "Sex", "Age", "SibSp", "Parch", "Ticket", "Fare", "Cabin", "Embarked"])
    c.writerows(titanic)
stroke = []; ids = rnd.sample(range(67, 72941), 1200)
for k in range(1200):
    age = rnd.choice([round(rnd.choice([0.08, 0.16, 0.24, 0.32, 0.4, 0.48, 0.56, 0.64, 0.72, 0.8, 0.88, 1.08, 1.16, 1.24, 1.32, 1.4, 1.48, 1.56, 1.64, 1.72, 1.8, 1.88]), 2),
                      rnd.randint(2, 17), rnd.randint(18, 82), rnd.randint(18, 82), rnd.randint(18, 82), rnd.randint(83, 95)])
    kid = age < 18
    stroke.append([str(ids[k]), rnd.choice(["Male", "Female", "Female"]) if k != 17 else "Other", ("%g" % age if isinstance(age, float) else "%d.0" % age),
                   str(int(rnd.random() < 0.1 and not kid)), str(int(rnd.random() < 0.06 and not kid)), "No" if kid else rnd.choice(["Yes", "Yes", "No"]),
                   "children" if age < 14 else rnd.choice(["Private", "Private", "Self-employed", "Govt_job", "Never_worked"]),
                   rnd.choice(["Urban", "Rural"]), "%.2f" % rnd.uniform(55, 272), "N/A" if rnd.random() < 0.04 else "%.1f" % rnd.uniform(10.3, 60),
                   "Unknown" if kid and rnd.random() < 0.8 else rnd.choice(["never smoked", "formerly smoked", "smokes", "Unknown"]),
                   str(int(rnd.random() < (0.15 if age > 60 else 0.02)))])
with open("stroke_data.csv", "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f); c.writerow(["id", "gender", "age", "hypertension", "heart_disease", "ever_married", "work_type", "Residence_type",
                                   "avg_glucose_level", "bmi", "smoking_status", "stroke"])
    c.writerows(stroke)
N = "NON_IDENTIFYING"
cols = {"titanic_train.PassengerId": "OTHER_UNIQUE_IDENTIFIER", "titanic_train.Survived": N, "titanic_train.Pclass": N,
        "titanic_train.Name": "NAME", "titanic_train.Sex": N, "titanic_train.Age": "AGE", "titanic_train.SibSp": N,
        "titanic_train.Parch": N, "titanic_train.Ticket": "OTHER_UNIQUE_IDENTIFIER", "titanic_train.Fare": N,
        "titanic_train.Cabin": "QUASI_IDENTIFIER", "titanic_train.Embarked": N,
        "stroke_data.id": "OTHER_UNIQUE_IDENTIFIER", "stroke_data.gender": N, "stroke_data.age": "AGE", "stroke_data.hypertension": N,
        "stroke_data.heart_disease": N, "stroke_data.ever_married": N, "stroke_data.work_type": N, "stroke_data.Residence_type": N,
        "stroke_data.avg_glucose_level": N, "stroke_data.bmi": N, "stroke_data.smoking_status": N, "stroke_data.stroke": N}
gold = {"dataset": "kaggle-flat", "description": "Two invented single-table sets shaped after the Kaggle Titanic train.csv (891 passengers treated as private data subjects: Name 'Surname, Title. Given (Maiden Name)' NAME, Age with decimals and blanks AGE, Ticket 'A/5 21171' / 'PC 17599' / digits OTHER_UNIQUE_IDENTIFIER, Cabin 'C85' / 'C23 C25 C27' QUASI_IDENTIFIER) and the Kaggle stroke prediction file (1200 rows: id 5 digits OTHER_UNIQUE_IDENTIFIER, age 0.08..95 AGE incl. over 89, bmi with 'N/A'). Not linked; stroke_data is no child of titanic_train, so cuts keep it whole.",
        "delimiter": ",", "entity": "titanic_train", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
